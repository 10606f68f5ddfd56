-- The audit chain position is taken when the transaction commits, not when the row is inserted.
--
-- Until now a BEFORE INSERT trigger took the chain's advisory lock at the first audit row and held
-- it to commit. A transaction that audited first and then locked a record (recording a decision,
-- then approving the đề án) and one that locked the record first and then audited (rejecting it)
-- waited for each other: PostgreSQL broke the deadlock by failing one of them with an error instead
-- of the "reload the page" conflict. Now the row is inserted unsealed and a deferred constraint
-- trigger seals it at COMMIT, when the transaction takes no further record lock: the chain lock is
-- always the last one taken, held only for the commit itself, and the chain still follows commit
-- order one writer at a time.

DROP TRIGGER IF EXISTS audit_event_chain ON "AuditEvent";
DROP FUNCTION IF EXISTS audit_event_chain();

-- Append-only, with one exception: the seal below fills the chain columns of a row that has none,
-- once, changing nothing else. Every other UPDATE (and every DELETE) is refused as before.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."chainSeq" IS NULL AND NEW."chainSeq" IS NOT NULL
     AND (NEW."id", NEW."provinceId", NEW."actorId", NEW."entityType", NEW."entityId", NEW."event",
          NEW."fromStatus", NEW."toStatus", NEW."reason", NEW."data"::text, NEW."createdAt")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."provinceId", OLD."actorId", OLD."entityType", OLD."entityId", OLD."event",
          OLD."fromStatus", OLD."toStatus", OLD."reason", OLD."data"::text, OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END $$;

CREATE OR REPLACE FUNCTION audit_event_seal() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  r "AuditEvent";
  last_seq BIGINT;
  last_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('khuyen-cong:audit-chain'));
  SELECT * INTO r FROM "AuditEvent" WHERE "id" = NEW."id";
  IF NOT FOUND OR r."chainSeq" IS NOT NULL THEN
    RETURN NULL;
  END IF;
  -- Read committed: this statement sees every row sealed by a transaction that held the lock before.
  SELECT "chainSeq", "hash" INTO last_seq, last_hash
    FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
  r."chainSeq" := coalesce(last_seq, 0) + 1;
  r."prevHash" := last_hash;
  UPDATE "AuditEvent" SET "chainSeq" = r."chainSeq", "prevHash" = r."prevHash", "hash" = audit_event_hash(r)
    WHERE "id" = NEW."id";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_event_seal
  AFTER INSERT ON "AuditEvent"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_event_seal();
