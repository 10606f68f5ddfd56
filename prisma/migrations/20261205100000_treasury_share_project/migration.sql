-- A Kho bạc's scope reads its đề án through the rows the database keeps of them (TreasuryProjectShare,
-- migration 20261204090000) instead of an EXISTS over every request its treasury ever received: at a
-- decade's scale PostgreSQL answered that EXISTS with a sequential scan of the requests (~80 ms for
-- the open-advance follow-up of the Kho bạc home). The relation needs the foreign key; a share of a
-- deleted đề án goes with it (the share triggers already remove it when its last request goes).
DELETE FROM "TreasuryProjectShare" s WHERE NOT EXISTS (SELECT 1 FROM "Project" p WHERE p."id" = s."projectId");

ALTER TABLE "TreasuryProjectShare" ADD CONSTRAINT "TreasuryProjectShare_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
