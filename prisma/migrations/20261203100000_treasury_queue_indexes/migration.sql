-- The Kho bạc queue and home at province-decade scale (issue 16; docs/decisions/0046). A treasury's
-- requests are counted and summed by status from the index alone (index-only scan: the province,
-- amount and đề án ride along), and one page of its history is the first rows of an index in the
-- order the page shows them (newest sent first) instead of a sort of every request it ever received.
DROP INDEX "PaymentRequest_treasuryOrgId_status_idx";
CREATE INDEX "PaymentRequest_treasuryOrgId_status_idx" ON "PaymentRequest"("treasuryOrgId", "status") INCLUDE ("provinceId", "amountVnd", "projectId");
CREATE INDEX "PaymentRequest_treasury_history_idx" ON "PaymentRequest"("treasuryOrgId", "sentAt" DESC, "id" DESC);
