-- Product contests (bình chọn sản phẩm CNNT tiêu biểu), issue 17: rounds per level, criteria, council, entries, scores.
-- CreateEnum
CREATE TYPE "ContestLevel" AS ENUM ('XA', 'PROVINCE', 'REGION', 'NATIONAL');

-- CreateEnum
CREATE TYPE "ContestRoundStatus" AS ENUM ('DRAFT', 'OPEN', 'SCORING', 'PUBLISHED');

-- CreateTable
CREATE TABLE "ContestRound" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "level" "ContestLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "adminUnitId" INTEGER,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "winnerCount" INTEGER NOT NULL DEFAULT 3,
    "programmeTargetId" INTEGER,
    "status" "ContestRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestCriterion" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ContestCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestCouncilMember" (
    "roundId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "ContestCouncilMember_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "ContestEntry" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "facilityId" INTEGER NOT NULL,
    "adminUnitId" INTEGER NOT NULL,
    "productName" TEXT NOT NULL,
    "productGroup" TEXT NOT NULL,
    "description" TEXT,
    "forwardedById" INTEGER NOT NULL,
    "forwardedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEntryId" INTEGER,
    "scoreHundredths" INTEGER,
    "rank" INTEGER,
    "certificateNo" TEXT,

    CONSTRAINT "ContestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestScore" (
    "entryId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestScore_pkey" PRIMARY KEY ("entryId","criterionId","memberId")
);

-- CreateIndex
CREATE INDEX "ContestRound_provinceId_year_idx" ON "ContestRound"("provinceId", "year");

-- CreateIndex
CREATE INDEX "ContestRound_programmeTargetId_idx" ON "ContestRound"("programmeTargetId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestCriterion_roundId_name_key" ON "ContestCriterion"("roundId", "name");

-- CreateIndex
CREATE INDEX "ContestEntry_facilityId_idx" ON "ContestEntry"("facilityId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_roundId_facilityId_productName_key" ON "ContestEntry"("roundId", "facilityId", "productName");

-- AddForeignKey
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_programmeTargetId_fkey" FOREIGN KEY ("programmeTargetId") REFERENCES "ProgrammeTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestCriterion" ADD CONSTRAINT "ContestCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ContestRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestCouncilMember" ADD CONSTRAINT "ContestCouncilMember_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ContestRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestCouncilMember" ADD CONSTRAINT "ContestCouncilMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ContestRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_forwardedById_fkey" FOREIGN KEY ("forwardedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_sourceEntryId_fkey" FOREIGN KEY ("sourceEntryId") REFERENCES "ContestEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestScore" ADD CONSTRAINT "ContestScore_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ContestEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestScore" ADD CONSTRAINT "ContestScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ContestCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestScore" ADD CONSTRAINT "ContestScore_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Integrity the server also checks: positive maxima, non-negative points, at least one winner.
ALTER TABLE "ContestCriterion" ADD CONSTRAINT "ContestCriterion_maxPoints_positive" CHECK ("maxPoints" > 0);
ALTER TABLE "ContestScore" ADD CONSTRAINT "ContestScore_points_range" CHECK ("points" >= 0);
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_winnerCount_positive" CHECK ("winnerCount" > 0);
