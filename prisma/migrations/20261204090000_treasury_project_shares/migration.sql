-- What a Kho bạc sees, kept as rows (issue 16; docs/decisions/0047). A treasury's scope is every đề án
-- with a payment request sent to it (lib/domain/scope.ts: status not DRAFT); its home headline
-- counted them and summed their approved support and payments by joining every đề án of the
-- province with every request the treasury received — 77 000 đề án, hundreds of milliseconds at
-- province-decade scale. One row per (treasury, đề án) in scope, carrying the two figures, makes
-- the headline one index-only scan of that treasury's rows.
-- Triggers keep the rows exact in the writing transaction; the application only reads them
-- (tests/integration/treasury-shares.test.ts compares them with the records). Bulk loads with
-- triggers disabled end with SELECT kc_treasury_shares_rebuild().

CREATE TABLE "TreasuryProjectShare" (
    "treasuryOrgId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "approvedSupportVnd" BIGINT NOT NULL,
    "disbursedVnd" BIGINT NOT NULL,

    CONSTRAINT "TreasuryProjectShare_pkey" PRIMARY KEY ("treasuryOrgId","projectId")
);

CREATE INDEX "TreasuryProjectShare_treasuryOrgId_provinceId_idx" ON "TreasuryProjectShare"("treasuryOrgId", "provinceId") INCLUDE ("approvedSupportVnd", "disbursedVnd");
CREATE INDEX "TreasuryProjectShare_projectId_idx" ON "TreasuryProjectShare"("projectId");

-- Makes the rows of the given đề án what they must be: one per treasury that received one of its
-- requests (not a draft), with the đề án's current figures. Idempotent, so both triggers may call it
-- in any order within one statement.
CREATE OR REPLACE FUNCTION kc_treasury_shares_refresh(project_ids integer[]) RETURNS void
  LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM "TreasuryProjectShare" s
     WHERE s."projectId" = ANY(project_ids)
       AND NOT EXISTS (SELECT 1 FROM "PaymentRequest" r
                        WHERE r."projectId" = s."projectId" AND r."treasuryOrgId" = s."treasuryOrgId" AND r."status" <> 'DRAFT');
    INSERT INTO "TreasuryProjectShare" ("treasuryOrgId", "projectId", "provinceId", "approvedSupportVnd", "disbursedVnd")
      SELECT DISTINCT r."treasuryOrgId", p."id", p."provinceId", COALESCE(p."approvedSupportVnd", 0), p."disbursedVnd"
        FROM "PaymentRequest" r JOIN "Project" p ON p."id" = r."projectId"
       WHERE r."projectId" = ANY(project_ids) AND r."treasuryOrgId" IS NOT NULL AND r."status" <> 'DRAFT'
      ON CONFLICT ("treasuryOrgId", "projectId") DO UPDATE
        SET "provinceId" = EXCLUDED."provinceId", "approvedSupportVnd" = EXCLUDED."approvedSupportVnd", "disbursedVnd" = EXCLUDED."disbursedVnd"
        WHERE ("TreasuryProjectShare"."provinceId", "TreasuryProjectShare"."approvedSupportVnd", "TreasuryProjectShare"."disbursedVnd")
              IS DISTINCT FROM (EXCLUDED."provinceId", EXCLUDED."approvedSupportVnd", EXCLUDED."disbursedVnd");
  END $$;

CREATE OR REPLACE FUNCTION kc_treasury_shares_request_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM kc_treasury_shares_refresh(ARRAY[NEW."projectId"]);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kc_treasury_shares_refresh(ARRAY[OLD."projectId"]);
    ELSE
      PERFORM kc_treasury_shares_refresh(ARRAY(SELECT DISTINCT unnest(ARRAY[NEW."projectId", OLD."projectId"])));
    END IF;
    RETURN NULL;
  END $$;

CREATE OR REPLACE FUNCTION kc_treasury_shares_project_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kc_treasury_shares_refresh(ARRAY[NEW."id"]);
    RETURN NULL;
  END $$;

-- Named to fire after payment_request_report_totals (triggers of one event fire in name order):
-- that one updates the đề án's paid total first, so locks are always taken đề án first, then shares.
CREATE TRIGGER payment_request_treasury_shares
  AFTER INSERT OR UPDATE OF "projectId", "status", "treasuryOrgId" OR DELETE ON "PaymentRequest"
  FOR EACH ROW EXECUTE FUNCTION kc_treasury_shares_request_row();

CREATE TRIGGER project_treasury_shares
  AFTER UPDATE OF "provinceId", "approvedSupportVnd", "disbursedVnd" ON "Project"
  FOR EACH ROW
  WHEN ((OLD."provinceId", OLD."approvedSupportVnd", OLD."disbursedVnd") IS DISTINCT FROM (NEW."provinceId", NEW."approvedSupportVnd", NEW."disbursedVnd"))
  EXECUTE FUNCTION kc_treasury_shares_project_row();

CREATE OR REPLACE FUNCTION kc_treasury_shares_rebuild() RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM "TreasuryProjectShare";
    INSERT INTO "TreasuryProjectShare" ("treasuryOrgId", "projectId", "provinceId", "approvedSupportVnd", "disbursedVnd")
      SELECT DISTINCT r."treasuryOrgId", p."id", p."provinceId", COALESCE(p."approvedSupportVnd", 0), p."disbursedVnd"
        FROM "PaymentRequest" r JOIN "Project" p ON p."id" = r."projectId"
       WHERE r."treasuryOrgId" IS NOT NULL AND r."status" <> 'DRAFT';
  $$;

SELECT kc_treasury_shares_rebuild();
