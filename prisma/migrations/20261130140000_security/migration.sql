-- Security hardening (issue 14): revocable sessions and forced password change on User, sign-in
-- throttling, a tamper-evident hash chain over AuditEvent and TRUNCATE refused on it.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "hash" TEXT;

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");

-- The text a row's hash is taken over: every column but the hash itself, NULL kept apart from ''.
-- jsonb prints canonically, createdAt is printed to the millisecond it is stored with.
CREATE OR REPLACE FUNCTION audit_event_hash(e "AuditEvent") RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    e."id"::text, e."chainSeq"::text, coalesce(e."prevHash", E'\\N'),
    coalesce(e."provinceId"::text, E'\\N'), coalesce(e."actorId"::text, E'\\N'),
    e."entityType", e."entityId"::text, e."event",
    coalesce(e."fromStatus", E'\\N'), coalesce(e."toStatus", E'\\N'), coalesce(e."reason", E'\\N'),
    coalesce(e."data"::text, E'\\N'),
    to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')), 'UTF8')), 'hex')
$$;

-- Each new row extends the chain: one writer at a time (a transaction-scoped advisory lock held to
-- commit), so two concurrent inserts never take the same position or the same predecessor.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  last_seq BIGINT;
  last_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('khuyen-cong:audit-chain'));
  SELECT "chainSeq", "hash" INTO last_seq, last_hash
    FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
  NEW."chainSeq" := coalesce(last_seq, 0) + 1;
  NEW."prevHash" := last_hash;
  NEW."hash" := audit_event_hash(NEW);
  RETURN NEW;
END $$;

-- Rows written before this migration join the chain in id order.
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete;
DO $$
DECLARE
  r "AuditEvent";
  seq BIGINT := 0;
  prev TEXT := NULL;
BEGIN
  FOR r IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP
    seq := seq + 1;
    r."chainSeq" := seq;
    r."prevHash" := prev;
    prev := audit_event_hash(r);
    UPDATE "AuditEvent" SET "chainSeq" = seq, "prevHash" = r."prevHash", "hash" = prev WHERE "id" = r."id";
  END LOOP;
END $$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete;

CREATE TRIGGER audit_event_chain
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- TRUNCATE is refused like UPDATE and DELETE. The one exception is a deliberate reset of the whole
-- database (demo seed, test isolation): it must be asked for in the transaction
-- (SET LOCAL khuyencong.reset_audit = 'on') and is honoured only for the table's owner, who could
-- disable the trigger anyway — an application role that owns nothing cannot use it.
CREATE OR REPLACE FUNCTION audit_event_no_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('khuyencong.reset_audit', true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (TRUNCATE refused)';
END $$;

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate();

-- Whatever changes what a session relies on — password, role, province, organisation, xã,
-- facility, or a deactivation — ends every session of the user, whichever code path changed it.
CREATE OR REPLACE FUNCTION user_end_sessions_on_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."provinceId" IS DISTINCT FROM OLD."provinceId"
     OR NEW."organizationId" IS DISTINCT FROM OLD."organizationId"
     OR NEW."adminUnitId" IS DISTINCT FROM OLD."adminUnitId"
     OR NEW."facilityId" IS DISTINCT FROM OLD."facilityId"
     OR (OLD."isActive" AND NOT NEW."isActive") THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER user_end_sessions
  BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_end_sessions_on_change();
