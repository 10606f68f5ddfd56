-- Acceptance dossier: explicit hand-in, per-document review, versions and HEIC previews.
ALTER TYPE "AcceptanceStatus" ADD VALUE 'REPLACEMENT_REQUESTED';
ALTER TYPE "AcceptanceStatus" ADD VALUE 'DOSSIER_ACCEPTED';

CREATE TYPE "DocumentReview" AS ENUM ('UPLOADED', 'HANDED_IN', 'ACCEPTED', 'REPLACEMENT_REQUESTED', 'WITHDRAWN', 'SUPERSEDED');

ALTER TABLE "Document" ADD COLUMN "review" "DocumentReview" NOT NULL DEFAULT 'UPLOADED';
ALTER TABLE "Document" ADD COLUMN "reviewComment" TEXT;
ALTER TABLE "Document" ADD COLUMN "previewKey" TEXT;
ALTER TABLE "Document" ADD COLUMN "replacesId" INTEGER;

CREATE UNIQUE INDEX "Document_previewKey_key" ON "Document"("previewKey");
CREATE UNIQUE INDEX "Document_replacesId_key" ON "Document"("replacesId");

ALTER TABLE "Document" ADD CONSTRAINT "Document_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
