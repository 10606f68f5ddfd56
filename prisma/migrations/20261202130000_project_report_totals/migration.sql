-- Report totals kept on the đề án row (issue 16): how many facilities it supports and what the Kho
-- bạc paid on it (advances and payments in state PAID — DISBURSED_PAYMENT_STATES of
-- lib/domain/reports.ts, the money position's "disbursed"). Every report and the home headline read
-- them; counting beneficiaries and summing payments per đề án took seconds at 100 000 đề án.
-- Triggers keep them exact in the writing transaction, like "searchText"; the application never
-- writes them (tests/integration/report-totals.test.ts compares them with the records).

ALTER TABLE "Project" ADD COLUMN "beneficiaryCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "disbursedVnd" BIGINT NOT NULL DEFAULT 0;

ALTER TABLE "Project" ADD CONSTRAINT "Project_beneficiaryCount_nonnegative" CHECK ("beneficiaryCount" >= 0),
ADD CONSTRAINT "Project_disbursedVnd_nonnegative" CHECK ("disbursedVnd" >= 0);

CREATE OR REPLACE FUNCTION kc_project_report_totals_refresh(project_ids integer[]) RETURNS void
  LANGUAGE sql AS $$
    UPDATE "Project" p
       SET "beneficiaryCount" = t.beneficiaries, "disbursedVnd" = t.disbursed
      FROM (
        SELECT x.id,
               (SELECT count(*) FROM "ProjectBeneficiary" b WHERE b."projectId" = x.id)::int AS beneficiaries,
               COALESCE((SELECT sum(r."amountVnd") FROM "PaymentRequest" r WHERE r."projectId" = x.id AND r."status" = 'PAID'), 0)::bigint AS disbursed
          FROM unnest(project_ids) AS x(id)
      ) t
     WHERE p."id" = t.id AND (p."beneficiaryCount", p."disbursedVnd") IS DISTINCT FROM (t.beneficiaries, t.disbursed)
  $$;

CREATE OR REPLACE FUNCTION kc_project_report_totals_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM kc_project_report_totals_refresh(ARRAY[NEW."projectId"]);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kc_project_report_totals_refresh(ARRAY[OLD."projectId"]);
    ELSE
      PERFORM kc_project_report_totals_refresh(ARRAY(SELECT DISTINCT unnest(ARRAY[NEW."projectId", OLD."projectId"])));
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER project_beneficiary_report_totals
  AFTER INSERT OR UPDATE OF "projectId" OR DELETE ON "ProjectBeneficiary"
  FOR EACH ROW EXECUTE FUNCTION kc_project_report_totals_row();

CREATE TRIGGER payment_request_report_totals
  AFTER INSERT OR UPDATE OF "projectId", "status", "amountVnd" OR DELETE ON "PaymentRequest"
  FOR EACH ROW EXECUTE FUNCTION kc_project_report_totals_row();

UPDATE "Project" p SET
  "beneficiaryCount" = (SELECT count(*) FROM "ProjectBeneficiary" b WHERE b."projectId" = p."id"),
  "disbursedVnd" = COALESCE((SELECT sum(r."amountVnd") FROM "PaymentRequest" r WHERE r."projectId" = p."id" AND r."status" = 'PAID'), 0);
