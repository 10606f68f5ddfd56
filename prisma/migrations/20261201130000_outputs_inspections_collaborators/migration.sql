-- Outputs of a đề án in the target's unit, training participants, inspections and collaborators
-- (docs/decisions/0038).

-- CreateEnum
CREATE TYPE "ProjectOutputKind" AS ENUM ('TRAINING_CLASS', 'FAIR_BOOTHS', 'BRAND_FILING');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'DONE', 'FOLLOWED_UP', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CollaboratorStatus" AS ENUM ('PROPOSED', 'APPROVED', 'ENDED');

-- CreateTable
CREATE TABLE "ProjectOutput" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "kind" "ProjectOutputKind" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "endedOn" DATE,
    "place" TEXT,
    "quantity" INTEGER NOT NULL,
    "note" TEXT,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectOutput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingParticipant" (
    "id" SERIAL NOT NULL,
    "outputId" INTEGER NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "gender" TEXT,
    "workplace" TEXT,
    "phone" TEXT,

    CONSTRAINT "TrainingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "conductedOn" DATE,
    "projectId" INTEGER,
    "adminUnitId" INTEGER,
    "team" TEXT NOT NULL,
    "findings" TEXT,
    "recommendations" TEXT,
    "followUp" TEXT,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collaborator" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "adminUnitId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "position" TEXT,
    "phone" TEXT,
    "proposedOn" DATE NOT NULL,
    "status" "CollaboratorStatus" NOT NULL DEFAULT 'PROPOSED',
    "approvalDecisionId" INTEGER,
    "endedOn" DATE,
    "proposedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Collaborator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaboratorActivity" (
    "id" SERIAL NOT NULL,
    "collaboratorId" INTEGER NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "supportVnd" BIGINT NOT NULL DEFAULT 0,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaboratorActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectOutput_projectId_idx" ON "ProjectOutput"("projectId");

-- CreateIndex
CREATE INDEX "TrainingParticipant_outputId_idx" ON "TrainingParticipant"("outputId");

-- CreateIndex
CREATE INDEX "Inspection_provinceId_year_idx" ON "Inspection"("provinceId", "year");

-- CreateIndex
CREATE INDEX "Inspection_projectId_idx" ON "Inspection"("projectId");

-- CreateIndex
CREATE INDEX "Collaborator_provinceId_adminUnitId_idx" ON "Collaborator"("provinceId", "adminUnitId");

-- CreateIndex
CREATE INDEX "CollaboratorActivity_collaboratorId_idx" ON "CollaboratorActivity"("collaboratorId");

-- AddForeignKey
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_outputId_fkey" FOREIGN KEY ("outputId") REFERENCES "ProjectOutput"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaborator" ADD CONSTRAINT "Collaborator_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaborator" ADD CONSTRAINT "Collaborator_adminUnitId_fkey" FOREIGN KEY ("adminUnitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaborator" ADD CONSTRAINT "Collaborator_approvalDecisionId_fkey" FOREIGN KEY ("approvalDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaborator" ADD CONSTRAINT "Collaborator_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaboratorActivity" ADD CONSTRAINT "CollaboratorActivity_collaboratorId_fkey" FOREIGN KEY ("collaboratorId") REFERENCES "Collaborator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaboratorActivity" ADD CONSTRAINT "CollaboratorActivity_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Integrity the forms also check (docs/decisions/0007): quantities and money are never negative.
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_quantity_check" CHECK ("quantity" >= 1);
ALTER TABLE "CollaboratorActivity" ADD CONSTRAINT "CollaboratorActivity_supportVnd_check" CHECK ("supportVnd" >= 0);

-- Names in Vietnamese order (docs/decisions/0018).
ALTER TABLE "TrainingParticipant" ALTER COLUMN "fullName" TYPE TEXT COLLATE "vi_VN";
ALTER TABLE "Collaborator" ALTER COLUMN "fullName" TYPE TEXT COLLATE "vi_VN";
