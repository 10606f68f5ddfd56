-- Report cells kept by the database (issue 16, docs/decisions/0046): per province, year and source,
-- the sums of the live đề án a report counts, once by xã (dimension 'XA') and once by content item
-- ('CONTENT'). The summary report, plan vs done and the home dashboards read a few thousand cells
-- instead of grouping 100 000 đề án on every request. Triggers keep them exact in the writing
-- transaction, like the report totals on the đề án row; the application never writes them
-- (tests/integration/report-cells.test.ts compares them with the đề án after every kind of write).
-- A report narrowed to an area, a xã or a content item still reads the đề án rows.

CREATE TABLE "ProjectReportCell" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "dimension" TEXT NOT NULL,
    "adminUnitId" INTEGER,
    "contentCategoryId" INTEGER,
    "projects" BIGINT NOT NULL DEFAULT 0,
    "doneProjects" BIGINT NOT NULL DEFAULT 0,
    "facilities" BIGINT NOT NULL DEFAULT 0,
    "totalCostVnd" BIGINT NOT NULL DEFAULT 0,
    "stateSupportVnd" BIGINT NOT NULL DEFAULT 0,
    "counterpartVnd" BIGINT NOT NULL DEFAULT 0,
    "otherFundingVnd" BIGINT NOT NULL DEFAULT 0,
    "approvedVnd" BIGINT NOT NULL DEFAULT 0,
    "paidVnd" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectReportCell_pkey" PRIMARY KEY ("id")
);

-- The plain unique index Prisma models, replaced by one where "no xã" (NULL) is one key (0007).
CREATE UNIQUE INDEX "ProjectReportCell_provinceId_year_fundingLevel_dimension_adm_key" ON "ProjectReportCell"("provinceId", "year", "fundingLevel", "dimension", "adminUnitId", "contentCategoryId");
DROP INDEX "ProjectReportCell_provinceId_year_fundingLevel_dimension_adm_key";
CREATE UNIQUE INDEX "ProjectReportCell_provinceId_year_fundingLevel_dimension_adm_key" ON "ProjectReportCell"("provinceId", "year", "fundingLevel", "dimension", "adminUnitId", "contentCategoryId") NULLS NOT DISTINCT;

-- One key per dimension: a xã cell names no content, a content cell names a content and no xã.
ALTER TABLE "ProjectReportCell" ADD CONSTRAINT "ProjectReportCell_dimension_key" CHECK (
  ("dimension" = 'XA' AND "contentCategoryId" IS NULL) OR ("dimension" = 'CONTENT' AND "contentCategoryId" IS NOT NULL AND "adminUnitId" IS NULL));
-- (No CHECK that counts stay ≥ 0: PostgreSQL checks the row an upsert proposes before it finds the
-- conflict, and taking a đề án away proposes negative sums that then update the existing cell.)

-- Which đề án a report counts and which are done: REPORTED_PROJECT_STATES and DONE_PROJECT_STATES of
-- lib/domain/reports.ts (report-cells.test.ts checks both agree for every status).
CREATE OR REPLACE FUNCTION kc_project_is_reported(s "ProjectStatus") RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT s::text = ANY (ARRAY['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED']) $$;
CREATE OR REPLACE FUNCTION kc_project_is_done(s "ProjectStatus") RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT s::text = ANY (ARRAY['ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED']) $$;

-- Adds (sign 1) or takes away (sign -1) one đề án's part in its two cells. State support: the
-- approved support once there is one, else the proposed (as the report facts of report-facts.ts).
CREATE OR REPLACE FUNCTION kc_report_cells_apply(p "Project", sign integer) RETURNS void
  LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT kc_project_is_reported(p."status") THEN
      RETURN;
    END IF;
    INSERT INTO "ProjectReportCell" AS c ("provinceId", "year", "fundingLevel", "dimension", "adminUnitId", "contentCategoryId",
        "projects", "doneProjects", "facilities", "totalCostVnd", "stateSupportVnd", "counterpartVnd", "otherFundingVnd", "approvedVnd", "paidVnd")
      SELECT p."provinceId", p."year", p."fundingLevel", d.dimension, d.unit, d.content,
             sign, CASE WHEN kc_project_is_done(p."status") THEN sign ELSE 0 END, sign * p."beneficiaryCount",
             sign * p."totalCostVnd", sign * COALESCE(p."approvedSupportVnd", p."stateSupportVnd"), sign * p."counterpartVnd",
             sign * p."otherFundingVnd", sign * COALESCE(p."approvedSupportVnd", 0), sign * p."disbursedVnd"
        FROM (VALUES ('XA', p."adminUnitId", NULL::integer), ('CONTENT', NULL::integer, p."contentCategoryId")) d(dimension, unit, content)
    ON CONFLICT ("provinceId", "year", "fundingLevel", "dimension", "adminUnitId", "contentCategoryId") DO UPDATE SET
      "projects" = c."projects" + EXCLUDED."projects", "doneProjects" = c."doneProjects" + EXCLUDED."doneProjects",
      "facilities" = c."facilities" + EXCLUDED."facilities", "totalCostVnd" = c."totalCostVnd" + EXCLUDED."totalCostVnd",
      "stateSupportVnd" = c."stateSupportVnd" + EXCLUDED."stateSupportVnd", "counterpartVnd" = c."counterpartVnd" + EXCLUDED."counterpartVnd",
      "otherFundingVnd" = c."otherFundingVnd" + EXCLUDED."otherFundingVnd", "approvedVnd" = c."approvedVnd" + EXCLUDED."approvedVnd",
      "paidVnd" = c."paidVnd" + EXCLUDED."paidVnd";
  END $$;

CREATE OR REPLACE FUNCTION kc_project_report_cells() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM kc_report_cells_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      PERFORM kc_report_cells_apply(NEW, 1);
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER project_report_cells AFTER INSERT OR DELETE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION kc_project_report_cells();
CREATE TRIGGER project_report_cells_update
  AFTER UPDATE OF "status", "provinceId", "year", "fundingLevel", "adminUnitId", "contentCategoryId", "beneficiaryCount",
    "totalCostVnd", "stateSupportVnd", "approvedSupportVnd", "counterpartVnd", "otherFundingVnd", "disbursedVnd" ON "Project"
  FOR EACH ROW
  WHEN ((OLD."status", OLD."provinceId", OLD."year", OLD."fundingLevel", OLD."adminUnitId", OLD."contentCategoryId", OLD."beneficiaryCount",
         OLD."totalCostVnd", OLD."stateSupportVnd", OLD."approvedSupportVnd", OLD."counterpartVnd", OLD."otherFundingVnd", OLD."disbursedVnd")
        IS DISTINCT FROM
        (NEW."status", NEW."provinceId", NEW."year", NEW."fundingLevel", NEW."adminUnitId", NEW."contentCategoryId", NEW."beneficiaryCount",
         NEW."totalCostVnd", NEW."stateSupportVnd", NEW."approvedSupportVnd", NEW."counterpartVnd", NEW."otherFundingVnd", NEW."disbursedVnd"))
  EXECUTE FUNCTION kc_project_report_cells();

-- Every cell computed afresh in one grouped pass: the backfill below, and the benchmark generator,
-- which writes its đề án with the triggers off.
CREATE OR REPLACE FUNCTION kc_report_cells_rebuild() RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM "ProjectReportCell";
    INSERT INTO "ProjectReportCell" ("provinceId", "year", "fundingLevel", "dimension", "adminUnitId", "contentCategoryId",
        "projects", "doneProjects", "facilities", "totalCostVnd", "stateSupportVnd", "counterpartVnd", "otherFundingVnd", "approvedVnd", "paidVnd")
      SELECT p."provinceId", p."year", p."fundingLevel", d.dimension, CASE WHEN d.dimension = 'XA' THEN p."adminUnitId" END,
             CASE WHEN d.dimension = 'CONTENT' THEN p."contentCategoryId" END,
             count(*), count(*) FILTER (WHERE kc_project_is_done(p."status")), sum(p."beneficiaryCount"), sum(p."totalCostVnd"),
             sum(COALESCE(p."approvedSupportVnd", p."stateSupportVnd")), sum(p."counterpartVnd"), sum(p."otherFundingVnd"),
             sum(COALESCE(p."approvedSupportVnd", 0)), sum(p."disbursedVnd")
        FROM "Project" p CROSS JOIN (VALUES ('XA'), ('CONTENT')) d(dimension)
       WHERE kc_project_is_reported(p."status")
       GROUP BY 1, 2, 3, 4, 5, 6;
  $$;

SELECT kc_report_cells_rebuild();

-- The home headline sums approved support and payments over a province's (or the ministry's KCQG)
-- đề án: an index-only scan instead of reading every đề án row.
CREATE INDEX "Project_provinceId_headline_idx" ON "Project" ("provinceId") INCLUDE ("approvedSupportVnd", "disbursedVnd");
CREATE INDEX "Project_fundingLevel_headline_idx" ON "Project" ("fundingLevel") INCLUDE ("approvedSupportVnd", "disbursedVnd");

-- The report filters' years for the ministry (every province): min and max from an index.
CREATE INDEX "Project_year_idx" ON "Project"("year");
