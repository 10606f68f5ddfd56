-- Report totals kept on the đề án row (issue 16): how many facilities it supports, what the Kho bạc
-- paid on it (advances and payments in state PAID — DISBURSED_PAYMENT_STATES of lib/domain/reports.ts,
-- the money position's "disbursed") and the advance paid and not yet cleared by a paid payment (the
-- money position's outstandingAdvanceVnd). Every report, the home headline and the open-advance
-- follow-up read them; counting and summing per đề án took seconds at 100 000 đề án.
-- Triggers keep them exact in the writing transaction, like "searchText"; the application never
-- writes them (tests/integration/report-totals.test.ts compares them with the records).

ALTER TABLE "Project" ADD COLUMN "beneficiaryCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "disbursedVnd" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "outstandingAdvanceVnd" BIGINT NOT NULL DEFAULT 0;

ALTER TABLE "Project" ADD CONSTRAINT "Project_beneficiaryCount_nonnegative" CHECK ("beneficiaryCount" >= 0),
ADD CONSTRAINT "Project_disbursedVnd_nonnegative" CHECK ("disbursedVnd" >= 0),
ADD CONSTRAINT "Project_outstandingAdvanceVnd_nonnegative" CHECK ("outstandingAdvanceVnd" >= 0);

-- The payment part of the totals of one đề án, as the money position computes it.
CREATE OR REPLACE FUNCTION kc_project_payment_totals(project_id integer, OUT disbursed bigint, OUT outstanding_advance bigint)
  LANGUAGE sql STABLE AS $$
    SELECT COALESCE(sum(r."amountVnd"), 0)::bigint,
           GREATEST(COALESCE(sum(r."amountVnd") FILTER (WHERE r."kind" = 'ADVANCE'), 0)
                    - COALESCE(sum(r."advanceClearedVnd") FILTER (WHERE r."kind" = 'PAYMENT'), 0), 0)::bigint
      FROM "PaymentRequest" r WHERE r."projectId" = project_id AND r."status" = 'PAID'
  $$;

CREATE OR REPLACE FUNCTION kc_project_report_totals_refresh(project_ids integer[]) RETURNS void
  LANGUAGE sql AS $$
    UPDATE "Project" p
       SET "beneficiaryCount" = t.beneficiaries, "disbursedVnd" = (t.money).disbursed, "outstandingAdvanceVnd" = (t.money).outstanding_advance
      FROM (
        SELECT x.id,
               (SELECT count(*) FROM "ProjectBeneficiary" b WHERE b."projectId" = x.id)::int AS beneficiaries,
               kc_project_payment_totals(x.id) AS money
          FROM unnest(project_ids) AS x(id)
      ) t
     WHERE p."id" = t.id
       AND (p."beneficiaryCount", p."disbursedVnd", p."outstandingAdvanceVnd") IS DISTINCT FROM (t.beneficiaries, (t.money).disbursed, (t.money).outstanding_advance)
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
  AFTER INSERT OR UPDATE OF "projectId", "kind", "status", "amountVnd", "advanceClearedVnd" OR DELETE ON "PaymentRequest"
  FOR EACH ROW EXECUTE FUNCTION kc_project_report_totals_row();

UPDATE "Project" p SET "beneficiaryCount" = t.beneficiaries, "disbursedVnd" = (t.money).disbursed, "outstandingAdvanceVnd" = (t.money).outstanding_advance
  FROM (SELECT x."id", (SELECT count(*) FROM "ProjectBeneficiary" b WHERE b."projectId" = x."id")::int AS beneficiaries,
               kc_project_payment_totals(x."id") AS money FROM "Project" x) t
 WHERE p."id" = t."id";

-- The open-advance follow-up of the Trung tâm and Kho bạc homes reads only đề án with one.
CREATE INDEX "Project_open_advance_idx" ON "Project" ("provinceId") WHERE "outstandingAdvanceVnd" > 0;
