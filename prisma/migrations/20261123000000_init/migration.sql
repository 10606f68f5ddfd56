-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AdminUnitType" AS ENUM ('XA', 'PHUONG', 'DAC_KHU');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('SCT', 'TTKC', 'STC', 'KBNN', 'UBND_TINH', 'UBND_XA', 'SERVICE_ORG', 'MINISTRY');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('DNNVV', 'HTX', 'LIEN_HIEP_HTX', 'TO_HOP_TAC', 'HO_KINH_DOANH');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'BENEFICIARY', 'MINISTRY_OFFICER');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('KCQG', 'KCDP', 'DOI_UNG', 'LONG_GHEP', 'OTHER');

-- CreateEnum
CREATE TYPE "NormCeilingScope" AS ENUM ('PER_PROJECT', 'PER_FACILITY', 'PER_ROUND');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('PROGRAMME_APPROVAL', 'PROGRAMME_AMENDMENT', 'PLAN_APPROVAL', 'PROJECT_APPROVAL', 'AMENDMENT_APPROVAL', 'ACCEPTANCE', 'SETTLEMENT_APPROVAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgrammeLevel" AS ENUM ('KCQG', 'KCDP');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'APPROVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConsolidatedPlanStatus" AS ENUM ('REGISTRATION_OPEN', 'CONSOLIDATING', 'BUDGET_APPRAISAL', 'BUDGET_APPROVED', 'DECIDED');

-- CreateEnum
CREATE TYPE "AnnualPlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "PlanItemReview" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPRAISED', 'REJECTED', 'APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED', 'STOPPED');

-- CreateEnum
CREATE TYPE "RulesRegime" AS ENUM ('ND45_2012', 'ND235_2025');

-- CreateEnum
CREATE TYPE "AppraisalResult" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "AmendmentKind" AS ENUM ('AMOUNT', 'CONTENT', 'PLACE', 'BENEFICIARY', 'TIME', 'STOP');

-- CreateEnum
CREATE TYPE "AmendmentScale" AS ENUM ('LARGE', 'SMALL');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AcceptanceStatus" AS ENUM ('SCHEDULED', 'DOSSIER_SUBMITTED', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('ADVANCE', 'PAYMENT');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('DRAFT', 'SENT_TO_TREASURY', 'PAID', 'REFUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TreasuryResult" AS ENUM ('ACCEPTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "SettlementStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "RepaymentStatus" AS ENUM ('ON_TIME', 'LATE', 'LITIGATION', 'REPAID');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MONTHLY_PROGRESS', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "Province" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isCentral" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminUnit" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "type" "AdminUnitType" NOT NULL,
    "name" TEXT NOT NULL,
    "legalOrder" INTEGER,
    "formedFrom" TEXT,
    "formerArea" TEXT,
    "hasRecognizedCraftVillage" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AdminUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "adminUnitId" INTEGER,
    "address" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "taxCode" TEXT NOT NULL,
    "adminUnitId" INTEGER NOT NULL,
    "address" TEXT,
    "sector" TEXT,
    "representative" TEXT,
    "phone" TEXT,
    "inRecognizedCraftVillage" BOOLEAN NOT NULL DEFAULT false,
    "craftVillageName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "role" "Role" NOT NULL,
    "provinceId" INTEGER,
    "organizationId" INTEGER,
    "adminUnitId" INTEGER,
    "facilityId" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" INTEGER,
    "legalBasis" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "advanceShareBp" INTEGER,
    "acceptanceChecklist" JSONB,
    "dossierChecklist" JSONB,

    CONSTRAINT "ContentCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendingNorm" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER,
    "contentCategoryId" INTEGER NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "maxShareBp" INTEGER,
    "ceilingVnd" BIGINT,
    "ceilingScope" "NormCeilingScope" NOT NULL DEFAULT 'PER_PROJECT',
    "priorityMultiplierBp" INTEGER,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpendingNorm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parameter" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "legalBasis" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "note" TEXT,

    CONSTRAINT "Parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER,
    "kind" "DecisionKind" NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "signer" TEXT NOT NULL,
    "signerTitle" TEXT,
    "legalBasis" TEXT,
    "summary" TEXT NOT NULL,
    "documentId" INTEGER,
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "projectId" INTEGER,
    "acceptanceId" INTEGER,
    "paymentRequestId" INTEGER,
    "planItemId" INTEGER,
    "uploadedById" INTEGER NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "ProgrammeLevel" NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "objectives" TEXT,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "decisionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeGroup" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ProgrammeGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "itemNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "statedTotal" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "contentCategoryId" INTEGER,

    CONSTRAINT "ProgrammeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTargetValue" (
    "targetId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "ProgrammeTargetValue_pkey" PRIMARY KEY ("targetId","year")
);

-- CreateTable
CREATE TABLE "ProgrammeAmendment" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "decisionId" INTEGER,
    "summary" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "changedById" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsolidatedPlan" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT,
    "registrationDeadline" TIMESTAMP(3) NOT NULL,
    "status" "ConsolidatedPlanStatus" NOT NULL DEFAULT 'REGISTRATION_OPEN',
    "budgetCeilingVnd" BIGINT,
    "budgetComment" TEXT,
    "decisionId" INTEGER,
    "openedById" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsolidatedPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "consolidatedPlanId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "adminUnitId" INTEGER,
    "status" "AnnualPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlanVersion" (
    "id" SERIAL NOT NULL,
    "annualPlanId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" INTEGER NOT NULL,

    CONSTRAINT "AnnualPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" SERIAL NOT NULL,
    "annualPlanId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "contentCategoryId" INTEGER NOT NULL,
    "programmeTargetId" INTEGER,
    "targetQuantity" INTEGER,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "adminUnitId" INTEGER,
    "place" TEXT,
    "expectedOutputs" TEXT,
    "totalCostVnd" BIGINT NOT NULL,
    "requestedSupportVnd" BIGINT NOT NULL,
    "counterpartVnd" BIGINT NOT NULL DEFAULT 0,
    "otherFundingVnd" BIGINT NOT NULL DEFAULT 0,
    "review" "PlanItemReview" NOT NULL DEFAULT 'PENDING',
    "reviewComment" TEXT,
    "approvedSupportVnd" BIGINT,
    "budgetComment" TEXT,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItemBeneficiary" (
    "planItemId" INTEGER NOT NULL,
    "facilityId" INTEGER NOT NULL,

    CONSTRAINT "PlanItemBeneficiary_pkey" PRIMARY KEY ("planItemId","facilityId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "contentCategoryId" INTEGER NOT NULL,
    "programmeTargetId" INTEGER,
    "targetQuantity" INTEGER,
    "implementingOrgId" INTEGER NOT NULL,
    "adminUnitId" INTEGER,
    "place" TEXT,
    "planItemId" INTEGER,
    "status" "ProjectStatus" NOT NULL DEFAULT 'DRAFT',
    "regime" "RulesRegime" NOT NULL DEFAULT 'ND235_2025',
    "isGroup" BOOLEAN NOT NULL DEFAULT false,
    "isPilot" BOOLEAN NOT NULL DEFAULT false,
    "isRecoverable" BOOLEAN NOT NULL DEFAULT false,
    "priorityArea" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "expectedOutputs" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "totalCostVnd" BIGINT NOT NULL DEFAULT 0,
    "stateSupportVnd" BIGINT NOT NULL DEFAULT 0,
    "counterpartVnd" BIGINT NOT NULL DEFAULT 0,
    "otherFundingVnd" BIGINT NOT NULL DEFAULT 0,
    "approvedSupportVnd" BIGINT,
    "normExceptionNote" TEXT,
    "approvalDecisionId" INTEGER,
    "deliveredQuantity" INTEGER,
    "progressPercent" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBeneficiary" (
    "projectId" INTEGER NOT NULL,
    "facilityId" INTEGER NOT NULL,
    "equipment" TEXT,
    "supportVnd" BIGINT NOT NULL DEFAULT 0,
    "counterpartVnd" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectBeneficiary_pkey" PRIMARY KEY ("projectId","facilityId")
);

-- CreateTable
CREATE TABLE "CostLine" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "quantity" DECIMAL(14,2) NOT NULL,
    "unitPriceVnd" BIGINT NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "stateSupportVnd" BIGINT NOT NULL DEFAULT 0,
    "counterpartVnd" BIGINT NOT NULL DEFAULT 0,
    "otherVnd" BIGINT NOT NULL DEFAULT 0,
    "facilityId" INTEGER,

    CONSTRAINT "CostLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appraisal" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "checklist" JSONB NOT NULL,
    "councilMembers" TEXT,
    "opinion" TEXT NOT NULL,
    "recommendedSupportVnd" BIGINT,
    "result" "AppraisalResult" NOT NULL,
    "appraisedById" INTEGER NOT NULL,
    "appraisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "partyAOrgId" INTEGER NOT NULL,
    "facilityId" INTEGER,
    "partyBName" TEXT NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "supportVnd" BIGINT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "filedWithTreasury" BOOLEAN NOT NULL DEFAULT false,
    "documentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "kinds" "AmendmentKind"[],
    "scale" "AmendmentScale" NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "decisionId" INTEGER,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acceptance" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "facilityId" INTEGER,
    "scheduledOn" DATE NOT NULL,
    "heldOn" DATE,
    "councilMembers" TEXT,
    "status" "AcceptanceStatus" NOT NULL DEFAULT 'SCHEDULED',
    "deliveredQuantity" INTEGER,
    "acceptedValueVnd" BIGINT,
    "notes" TEXT,
    "decisionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentRequest" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "advanceClearedVnd" BIGINT NOT NULL DEFAULT 0,
    "payeeName" TEXT NOT NULL,
    "payeeAccount" TEXT,
    "status" "PaymentStatus" NOT NULL DEFAULT 'DRAFT',
    "treasuryOrgId" INTEGER,
    "sentAt" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreasuryControl" (
    "id" SERIAL NOT NULL,
    "paymentRequestId" INTEGER NOT NULL,
    "result" "TreasuryResult" NOT NULL,
    "reason" TEXT,
    "controlledById" INTEGER NOT NULL,
    "controlledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TreasuryControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "status" "SettlementStatus" NOT NULL DEFAULT 'DRAFT',
    "settledVnd" BIGINT NOT NULL DEFAULT 0,
    "disallowedVnd" BIGINT NOT NULL DEFAULT 0,
    "toRefundVnd" BIGINT NOT NULL DEFAULT 0,
    "refundedVnd" BIGINT NOT NULL DEFAULT 0,
    "decisionId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepaymentSchedule" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "facilityId" INTEGER NOT NULL,
    "principalVnd" BIGINT NOT NULL,
    "status" "RepaymentStatus" NOT NULL DEFAULT 'ON_TIME',
    "note" TEXT,

    CONSTRAINT "RepaymentSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepaymentInstallment" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "amountVnd" BIGINT NOT NULL,

    CONSTRAINT "RepaymentInstallment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Repayment" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Repayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodicReport" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "projectId" INTEGER,
    "content" JSONB NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodicReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "provinceId" INTEGER,
    "actorId" INTEGER,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_name_key" ON "Province"("name");

-- CreateIndex
CREATE INDEX "AdminUnit_provinceId_idx" ON "AdminUnit"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "AdminUnit_provinceId_type_name_key" ON "AdminUnit"("provinceId", "type", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_provinceId_name_key" ON "Organization"("provinceId", "name");

-- CreateIndex
CREATE INDEX "Facility_adminUnitId_idx" ON "Facility"("adminUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_provinceId_taxCode_key" ON "Facility"("provinceId", "taxCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "ContentCategory_code_key" ON "ContentCategory"("code");

-- CreateIndex
CREATE INDEX "SpendingNorm_contentCategoryId_fundingSource_idx" ON "SpendingNorm"("contentCategoryId", "fundingSource");

-- CreateIndex
CREATE UNIQUE INDEX "Parameter_provinceId_key_validFrom_key" ON "Parameter"("provinceId", "key", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_documentId_key" ON "Decision"("documentId");

-- CreateIndex
CREATE INDEX "Decision_provinceId_issuedOn_idx" ON "Decision"("provinceId", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_provinceId_number_issuedOn_key" ON "Decision"("provinceId", "number", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_projectId_idx" ON "Document"("projectId");

-- CreateIndex
CREATE INDEX "Document_acceptanceId_idx" ON "Document"("acceptanceId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_provinceId_code_key" ON "Programme"("provinceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeGroup_programmeId_code_key" ON "ProgrammeGroup"("programmeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTarget_groupId_itemNo_key" ON "ProgrammeTarget"("groupId", "itemNo");

-- CreateIndex
CREATE UNIQUE INDEX "ConsolidatedPlan_provinceId_year_key" ON "ConsolidatedPlan"("provinceId", "year");

-- CreateIndex
CREATE INDEX "AnnualPlan_provinceId_year_idx" ON "AnnualPlan"("provinceId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_consolidatedPlanId_organizationId_key" ON "AnnualPlan"("consolidatedPlanId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlanVersion_annualPlanId_version_key" ON "AnnualPlanVersion"("annualPlanId", "version");

-- CreateIndex
CREATE INDEX "PlanItem_annualPlanId_idx" ON "PlanItem"("annualPlanId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_planItemId_key" ON "Project"("planItemId");

-- CreateIndex
CREATE INDEX "Project_provinceId_year_status_idx" ON "Project"("provinceId", "year", "status");

-- CreateIndex
CREATE INDEX "Project_adminUnitId_idx" ON "Project"("adminUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_provinceId_code_key" ON "Project"("provinceId", "code");

-- CreateIndex
CREATE INDEX "ProjectBeneficiary_facilityId_idx" ON "ProjectBeneficiary"("facilityId");

-- CreateIndex
CREATE INDEX "CostLine_projectId_idx" ON "CostLine"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_documentId_key" ON "Contract"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRequest_idempotencyKey_key" ON "PaymentRequest"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentRequest_projectId_status_idx" ON "PaymentRequest"("projectId", "status");

-- CreateIndex
CREATE INDEX "PaymentRequest_treasuryOrgId_status_idx" ON "PaymentRequest"("treasuryOrgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_projectId_key" ON "Settlement"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "RepaymentSchedule_projectId_facilityId_key" ON "RepaymentSchedule"("projectId", "facilityId");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodicReport_organizationId_kind_year_period_projectId_key" ON "PeriodicReport"("organizationId", "kind", "year", "period", "projectId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_provinceId_createdAt_idx" ON "AuditEvent"("provinceId", "createdAt");

-- AddForeignKey
ALTER TABLE "AdminUnit" ADD CONSTRAINT "AdminUnit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentCategory" ADD CONSTRAINT "ContentCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ContentCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendingNorm" ADD CONSTRAINT "SpendingNorm_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendingNorm" ADD CONSTRAINT "SpendingNorm_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "Acceptance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_paymentRequestId_fkey" FOREIGN KEY ("paymentRequestId") REFERENCES "PaymentRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeGroup" ADD CONSTRAINT "ProgrammeGroup_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ProgrammeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTargetValue" ADD CONSTRAINT "ProgrammeTargetValue_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "ProgrammeTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAmendment" ADD CONSTRAINT "ProgrammeAmendment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAmendment" ADD CONSTRAINT "ProgrammeAmendment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsolidatedPlan" ADD CONSTRAINT "ConsolidatedPlan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsolidatedPlan" ADD CONSTRAINT "ConsolidatedPlan_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_consolidatedPlanId_fkey" FOREIGN KEY ("consolidatedPlanId") REFERENCES "ConsolidatedPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlanVersion" ADD CONSTRAINT "AnnualPlanVersion_annualPlanId_fkey" FOREIGN KEY ("annualPlanId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_annualPlanId_fkey" FOREIGN KEY ("annualPlanId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_programmeTargetId_fkey" FOREIGN KEY ("programmeTargetId") REFERENCES "ProgrammeTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItemBeneficiary" ADD CONSTRAINT "PlanItemBeneficiary_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItemBeneficiary" ADD CONSTRAINT "PlanItemBeneficiary_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_contentCategoryId_fkey" FOREIGN KEY ("contentCategoryId") REFERENCES "ContentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_programmeTargetId_fkey" FOREIGN KEY ("programmeTargetId") REFERENCES "ProgrammeTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_implementingOrgId_fkey" FOREIGN KEY ("implementingOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_approvalDecisionId_fkey" FOREIGN KEY ("approvalDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBeneficiary" ADD CONSTRAINT "ProjectBeneficiary_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBeneficiary" ADD CONSTRAINT "ProjectBeneficiary_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostLine" ADD CONSTRAINT "CostLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostLine" ADD CONSTRAINT "CostLine_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_partyAOrgId_fkey" FOREIGN KEY ("partyAOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_treasuryOrgId_fkey" FOREIGN KEY ("treasuryOrgId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreasuryControl" ADD CONSTRAINT "TreasuryControl_paymentRequestId_fkey" FOREIGN KEY ("paymentRequestId") REFERENCES "PaymentRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepaymentSchedule" ADD CONSTRAINT "RepaymentSchedule_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepaymentSchedule" ADD CONSTRAINT "RepaymentSchedule_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepaymentInstallment" ADD CONSTRAINT "RepaymentInstallment_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RepaymentSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repayment" ADD CONSTRAINT "Repayment_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RepaymentSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Diacritic-insensitive search ("ung dung may moc" finds "ứng dụng máy móc").
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The audit log is append-only: who, when, from, to, reason can never be rewritten.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END $$;

CREATE TRIGGER audit_event_no_update_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
