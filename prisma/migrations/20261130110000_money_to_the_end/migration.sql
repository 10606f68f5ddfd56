-- Money to the end (issue 10): Kho bạc payment order, liquidation, refunds, per-đề án and yearly
-- settlement, litigation of recoverable support. Money stays whole đồng; checks keep it ≥ 0.

ALTER TYPE "DecisionKind" ADD VALUE 'LIQUIDATION' BEFORE 'OTHER';
ALTER TYPE "DecisionKind" ADD VALUE 'YEARLY_SETTLEMENT' BEFORE 'OTHER';

CREATE TYPE "YearlySettlementStatus" AS ENUM ('DRAFT', 'APPROVED');

ALTER TABLE "PaymentRequest" ADD COLUMN "paidOn" DATE, ADD COLUMN "paymentOrderNumber" TEXT;

ALTER TABLE "Settlement"
  ADD COLUMN "approvedVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "contractedVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "acceptedValueVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "advancedVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "paidVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "cancelledVnd" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "createdById" INTEGER,
  ADD COLUMN "approvedById" INTEGER,
  ADD COLUMN "approvedAt" TIMESTAMP(3);

ALTER TABLE "RepaymentSchedule" ADD COLUMN "courtFileRef" TEXT;
ALTER TABLE "Repayment" ADD COLUMN "documentNumber" TEXT;

CREATE TABLE "Liquidation" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "minutesNumber" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "acceptedValueVnd" BIGINT NOT NULL,
    "paidVnd" BIGINT NOT NULL,
    "dueVnd" BIGINT NOT NULL,
    "toRefundVnd" BIGINT NOT NULL,
    "signatoryA" TEXT NOT NULL,
    "signatoryB" TEXT NOT NULL,
    "decisionId" INTEGER,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Liquidation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Liquidation_projectId_key" ON "Liquidation"("projectId");
ALTER TABLE "Liquidation" ADD CONSTRAINT "Liquidation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Liquidation" ADD CONSTRAINT "Liquidation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "note" TEXT,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Refund_projectId_idx" ON "Refund"("projectId");
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "YearlySettlement" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingLevel" "ProgrammeLevel" NOT NULL,
    "status" "YearlySettlementStatus" NOT NULL DEFAULT 'DRAFT',
    "projectCount" INTEGER NOT NULL DEFAULT 0,
    "approvedVnd" BIGINT NOT NULL DEFAULT 0,
    "disbursedVnd" BIGINT NOT NULL DEFAULT 0,
    "refundedVnd" BIGINT NOT NULL DEFAULT 0,
    "openAdvanceVnd" BIGINT NOT NULL DEFAULT 0,
    "lapsingVnd" BIGINT NOT NULL DEFAULT 0,
    "decisionId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "approvedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "YearlySettlement_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "YearlySettlement_provinceId_year_fundingLevel_key" ON "YearlySettlement"("provinceId", "year", "fundingLevel");
ALTER TABLE "YearlySettlement" ADD CONSTRAINT "YearlySettlement_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invisible to Prisma (like the other CHECKs): no negative money in the new records.
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_positive" CHECK ("amountVnd" > 0);
ALTER TABLE "Liquidation" ADD CONSTRAINT "Liquidation_money_nonnegative"
  CHECK ("acceptedValueVnd" >= 0 AND "paidVnd" >= 0 AND "dueVnd" >= 0 AND "toRefundVnd" >= 0);
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_money_nonnegative"
  CHECK ("approvedVnd" >= 0 AND "advancedVnd" >= 0 AND "paidVnd" >= 0 AND "cancelledVnd" >= 0 AND "refundedVnd" >= 0);
