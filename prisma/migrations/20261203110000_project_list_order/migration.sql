-- The đề án list's default order (newest year first, then code) as an index, so a deep page finds its
-- 20 ids by walking the index alone (index-only scan) before reading those 20 đề án
-- (lib/server/projects/find-projects.ts; issue 16, docs/decisions/0046).
CREATE INDEX "Project_list_order_idx" ON "Project"("provinceId", "year" DESC, "code", "id");
