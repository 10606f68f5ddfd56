-- Issue 13 part A (beneficiary portal): self-registered facilities wait for verification by their
-- xã official or the Trung tâm; a verified facility sends its own support requests (đề nghị hỗ trợ),
-- which its xã or the Trung tâm takes into a yearly plan. See docs/decisions/0036.

CREATE TYPE "FacilityVerification" AS ENUM ('PENDING', 'VERIFIED', 'REFUSED');
CREATE TYPE "SupportRequestStatus" AS ENUM ('DRAFT', 'SENT', 'TAKEN', 'REFUSED');

-- Facilities registered by staff so far are verified (the default).
ALTER TABLE "Facility" ADD COLUMN "verification" "FacilityVerification" NOT NULL DEFAULT 'VERIFIED',
ADD COLUMN "verificationNote" TEXT,
ADD COLUMN "selfRegistered" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "workers" INTEGER;

CREATE TABLE "SupportRequest" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "facilityId" INTEGER NOT NULL,
    "adminUnitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "contentCategoryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "equipment" TEXT,
    "description" TEXT,
    "totalCostVnd" BIGINT NOT NULL,
    "counterpartVnd" BIGINT NOT NULL,
    "requestedSupportVnd" BIGINT NOT NULL,
    "status" "SupportRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "refusalReason" TEXT,
    "planItemId" INTEGER,
    "sentAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportRequest_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "SupportRequest_planItemId_key" ON "SupportRequest"("planItemId");
CREATE INDEX "SupportRequest_provinceId_status_idx" ON "SupportRequest"("provinceId", "status");
CREATE INDEX "SupportRequest_facilityId_idx" ON "SupportRequest"("facilityId");
CREATE INDEX "SupportRequest_adminUnitId_status_idx" ON "SupportRequest"("adminUnitId", "status");

ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Money is whole đồng and the support asked is what the facility does not pay itself.
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_money_check"
  CHECK ("totalCostVnd" > 0 AND "counterpartVnd" >= 0 AND "requestedSupportVnd" = "totalCostVnd" - "counterpartVnd" AND "requestedSupportVnd" >= 0);
-- A request taken into a plan names its plan item; only a taken one does.
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_taken_check"
  CHECK (("status" = 'TAKEN') OR "planItemId" IS NULL);
