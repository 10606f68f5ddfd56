-- A read cache that is never stale: the data version, bumped once by every committed business write.
--
-- "DataVersion" holds one number. A deferred constraint trigger on every business table bumps it at
-- COMMIT, once per transaction, in the same commit as the data. "ReadCache" keeps a computed read
-- (the report page's figures) with the version it was computed at; a reader takes an entry only when
-- its version equals the current one, in one statement, so any committed write since makes every
-- entry unusable (docs/decisions/0050-read-cache-by-data-version.md).
--
-- Locks: the bump takes the audit chain's advisory lock first (as the audit seal does at commit),
-- so every commit-time lock is taken in the same order (chain lock, then this row) and never
-- before a record lock: no deadlock between the two, and the row is held only through the commit.

CREATE TABLE "DataVersion" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "version" BIGINT NOT NULL,
  CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "DataVersion_one_row" CHECK ("id" = 1)
);

CREATE TABLE "ReadCache" (
  "key" TEXT NOT NULL,
  "version" BIGINT NOT NULL,
  "payload" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ReadCache_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "ReadCache_version_idx" ON "ReadCache"("version");

-- The first bump after the row is missing (a new database, or a reset that emptied it) starts from
-- the clock in milliseconds, above any version counted before, so an entry kept from before can
-- never match again.
CREATE OR REPLACE FUNCTION kc_data_version_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('khuyencong.data_version_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('khuyencong.data_version_bumped', 'on', true);
  PERFORM pg_advisory_xact_lock(hashtext('khuyen-cong:audit-chain'));
  INSERT INTO "DataVersion" ("id", "version")
    VALUES (1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
    ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  RETURN NULL;
END $$;

-- Every table but those that hold no business data: the audit log (always written with a business
-- change), notifications, mail, jobs, throttling, API access, e-mail verification, users (a sign-in
-- writes lastLoginAt) and the cache itself. tests/integration/read-cache.test.ts fails when a table
-- is neither here nor in that list, so a new table must choose.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public'
      AND tablename NOT IN ('_prisma_migrations', 'DataVersion', 'ReadCache', 'AuditEvent', 'Notification',
                            'OutboundEmail', 'SentReminder', 'JobRun', 'SignInThrottle', 'ApiAccessLog',
                            'ApiClient', 'ApiToken', 'EmailVerification', 'User')
  LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kc_data_version_bump()', t);
  END LOOP;
END $$;
