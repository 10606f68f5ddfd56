-- Attachments of a facility's support request (đề nghị hỗ trợ): a quotation, photos of the
-- workshop … A document now belongs to a support request as one more owner (docs/decisions/0042).

ALTER TABLE "Document" ADD COLUMN "supportRequestId" INTEGER;

CREATE INDEX "Document_supportRequestId_idx" ON "Document"("supportRequestId");

ALTER TABLE "Document" ADD CONSTRAINT "Document_supportRequestId_fkey" FOREIGN KEY ("supportRequestId") REFERENCES "SupportRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───── A document belongs to one record (extends 20261130100000_integrity) ─────
-- Its owner is a đề án, a plan proposal, an acceptance or a payment request (the latter two keep
-- their đề án in projectId as context), a support request, or a decision or contract pointing at it.
ALTER TABLE "Document" DROP CONSTRAINT "Document_one_owner";
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner" CHECK (
  num_nonnulls("acceptanceId", "paymentRequestId", "planItemId", "supportRequestId") <= 1
  AND NOT ("planItemId" IS NOT NULL AND "projectId" IS NOT NULL)
  AND NOT ("supportRequestId" IS NOT NULL AND "projectId" IS NOT NULL)
);

CREATE OR REPLACE FUNCTION kc_document_has_owner() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF num_nonnulls(NEW."projectId", NEW."acceptanceId", NEW."paymentRequestId", NEW."planItemId", NEW."supportRequestId") = 0
       AND NOT EXISTS (SELECT 1 FROM "Decision" WHERE "documentId" = NEW."id")
       AND NOT EXISTS (SELECT 1 FROM "Contract" WHERE "documentId" = NEW."id") THEN
      RAISE EXCEPTION 'document % violates constraint "Document_has_owner": it belongs to no record', NEW."id"
        USING ERRCODE = '23514', CONSTRAINT = 'Document_has_owner';
    END IF;
    RETURN NULL;
  END $$;
