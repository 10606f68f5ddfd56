-- CreateEnum
CREATE TYPE "HistoricalProjectState" AS ENUM ('APPROVED', 'ACCEPTED', 'SETTLED', 'STOPPED');

-- CreateTable
CREATE TABLE "HistoricalImport" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoricalImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoricalProject" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "importId" INTEGER NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "contentCategoryId" INTEGER NOT NULL,
    "adminUnitId" INTEGER,
    "area" TEXT,
    "facilityTaxCode" TEXT,
    "facilityName" TEXT,
    "name" TEXT NOT NULL,
    "totalCostVnd" BIGINT NOT NULL,
    "stateSupportVnd" BIGINT NOT NULL,
    "counterpartVnd" BIGINT NOT NULL,
    "otherFundingVnd" BIGINT NOT NULL,
    "state" "HistoricalProjectState" NOT NULL,
    "decisionNumbers" TEXT,

    CONSTRAINT "HistoricalProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoricalAggregate" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "importId" INTEGER NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "yearFrom" INTEGER NOT NULL,
    "yearTo" INTEGER NOT NULL,
    "area" TEXT,
    "adminUnitId" INTEGER,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "contentCategoryId" INTEGER,
    "label" TEXT,
    "projectCount" INTEGER NOT NULL,
    "facilityCount" INTEGER NOT NULL,
    "totalCostVnd" BIGINT NOT NULL,
    "stateSupportVnd" BIGINT NOT NULL,
    "counterpartVnd" BIGINT NOT NULL,
    "otherFundingVnd" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "HistoricalAggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoricalPlanTotal" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "importId" INTEGER NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingLevel" "ProgrammeLevel",
    "plannedProjects" INTEGER NOT NULL,
    "plannedVnd" BIGINT NOT NULL,

    CONSTRAINT "HistoricalPlanTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HistoricalImport_provinceId_sha256_key" ON "HistoricalImport"("provinceId", "sha256");

-- CreateIndex
CREATE INDEX "HistoricalProject_provinceId_year_idx" ON "HistoricalProject"("provinceId", "year");

-- CreateIndex
CREATE INDEX "HistoricalProject_provinceId_facilityTaxCode_idx" ON "HistoricalProject"("provinceId", "facilityTaxCode");

-- CreateIndex
CREATE INDEX "HistoricalAggregate_provinceId_yearFrom_yearTo_idx" ON "HistoricalAggregate"("provinceId", "yearFrom", "yearTo");

-- CreateIndex
CREATE INDEX "HistoricalPlanTotal_provinceId_year_idx" ON "HistoricalPlanTotal"("provinceId", "year");

-- AddForeignKey
ALTER TABLE "HistoricalImport" ADD CONSTRAINT "HistoricalImport_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalProject" ADD CONSTRAINT "HistoricalProject_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalProject" ADD CONSTRAINT "HistoricalProject_importId_fkey" FOREIGN KEY ("importId") REFERENCES "HistoricalImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalProject" ADD CONSTRAINT "HistoricalProject_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalProject" ADD CONSTRAINT "HistoricalProject_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_importId_fkey" FOREIGN KEY ("importId") REFERENCES "HistoricalImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalPlanTotal" ADD CONSTRAINT "HistoricalPlanTotal_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoricalPlanTotal" ADD CONSTRAINT "HistoricalPlanTotal_importId_fkey" FOREIGN KEY ("importId") REFERENCES "HistoricalImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- History is typed by people: the database refuses what no report could mean (see decision 0028).
ALTER TABLE "HistoricalProject" ADD CONSTRAINT "HistoricalProject_money_nonnegative"
  CHECK ("totalCostVnd" >= 0 AND "stateSupportVnd" >= 0 AND "counterpartVnd" >= 0 AND "otherFundingVnd" >= 0);
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_period_ordered" CHECK ("yearFrom" <= "yearTo");
ALTER TABLE "HistoricalAggregate" ADD CONSTRAINT "HistoricalAggregate_figures_nonnegative"
  CHECK ("projectCount" >= 0 AND "facilityCount" >= 0 AND "totalCostVnd" >= 0 AND "stateSupportVnd" >= 0 AND "counterpartVnd" >= 0 AND "otherFundingVnd" >= 0);
ALTER TABLE "HistoricalPlanTotal" ADD CONSTRAINT "HistoricalPlanTotal_figures_nonnegative" CHECK ("plannedProjects" >= 0 AND "plannedVnd" >= 0);

-- Periodic reports by xã and units: returned with a comment, or accepted (decision 0031).
ALTER TYPE "ReportStatus" ADD VALUE 'RETURNED';
ALTER TYPE "ReportStatus" ADD VALUE 'ACCEPTED';

ALTER TABLE "PeriodicReport" ADD COLUMN     "adminUnitId" INTEGER,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Who imported, who reviewed: real users, as for every other who-column (integrity migration).
ALTER TABLE "HistoricalImport" ADD CONSTRAINT "HistoricalImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
