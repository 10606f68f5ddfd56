// Benchmark data at province-decade scale, generated set-based in SQL (a few statements per table):
// on top of the demo seed, 6 more xã (120 in Hải Phòng), 3 more provinces for the ministry's view,
// 10 000 facilities and N đề án over ten years (2017–2026) with a realistic shape — states by age,
// sources, contents, 1–3 beneficiaries, cost lines, advances and payments paid by Kho bạc,
// document metadata and audit rows. Every row satisfies the schema's constraints (parts ≤ totals,
// payments ≤ approved support).
import pg from 'pg';

const STATUS_BY_AGE = {
  // ≥ 3 years old: almost all closed; recent years: spread over the lifecycle.
  old: ['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'SETTLED', 'LIQUIDATED', 'REJECTED', 'CLOSED'],
  recent: ['DRAFT', 'SUBMITTED', 'APPRAISED', 'REJECTED', 'APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED'],
};
export const BENCH_YEARS = { from: 2017, to: 2026 };

export async function generateBenchData(url, { projects, facilities = 10_000, log = console.log }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (label, text, params = []) => {
    const started = performance.now();
    const res = await client.query(text, params);
    log(`  ${label}: ${res.rowCount ?? 0} rows in ${Math.round(performance.now() - started)} ms`);
    return res;
  };
  try {
    await client.query('BEGIN');
    // The data version's deferred trigger (migration 20261205090000) would queue an event per row
    // written, and PostgreSQL refuses the ALTER TABLEs below while events are pending: off while
    // loading the rows, on again (with one bump for the whole load) before the documents below.
    const versioned = (await client.query(`SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'data_version_bump'`)).rows.map((r) => r.relname);
    for (const table of versioned) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER data_version_bump`);
    const hp = (await client.query(`SELECT id FROM "Province" WHERE code = 'HP'`)).rows[0].id;
    await q('xã', `INSERT INTO "AdminUnit" ("provinceId", type, name, "formerArea")
      SELECT $1, 'XA', 'Thử nghiệm ' || g, CASE WHEN g % 2 = 0 THEN 'Phía Đông' ELSE 'Phía Tây' END FROM generate_series(1, 6) g`, [hp]);
    await q('provinces', `INSERT INTO "Province" (code, name) SELECT 'B' || g, 'Tỉnh thử nghiệm ' || g FROM generate_series(1, 3) g`);
    await q('their xã', `INSERT INTO "AdminUnit" ("provinceId", type, name, "formerArea")
      SELECT p.id, 'XA', 'Xã ' || g, 'Khu vực ' || (g % 3) FROM "Province" p, generate_series(1, 40) g WHERE p.code LIKE 'B_'`);
    await q('their organisations', `INSERT INTO "Organization" ("provinceId", kind, name, "shortName")
      SELECT p.id, k.kind::"OrganizationKind", k.label || ' ' || p.name, k.label FROM "Province" p,
        (VALUES ('TTKC', 'Trung tâm Khuyến công'), ('KBNN', 'Kho bạc Nhà nước')) k(kind, label) WHERE p.code LIKE 'B_'`);
    // Facilities: 85 % in Hải Phòng, spread over its units; MST of 10 digits, unique per province.
    await q('facilities', `WITH units AS (SELECT id, "provinceId", row_number() OVER (PARTITION BY "provinceId" ORDER BY id) AS n FROM "AdminUnit"),
        unit_count AS (SELECT "provinceId", count(*) AS total FROM "AdminUnit" GROUP BY 1),
        prov AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Province" WHERE code LIKE 'B_'),
        s AS (SELECT g, CASE WHEN g % 20 < 17 THEN $1 ELSE (SELECT id FROM prov WHERE n = g % 3) END AS pid FROM generate_series(1, $2::int) g)
      INSERT INTO "Facility" ("provinceId", name, "legalForm", "taxCode", "adminUnitId", sector, "createdAt")
      SELECT s.pid, (ARRAY['Cơ sở cơ khí', 'Hợp tác xã gốm', 'Cơ sở chế biến nông sản', 'Công ty TNHH dệt may', 'Hộ kinh doanh mây tre đan'])[1 + s.g % 5] || ' số ' || s.g,
        (ARRAY['DNNVV', 'HTX', 'HO_KINH_DOANH', 'TO_HOP_TAC'])[1 + s.g % 4]::"LegalForm", '9' || lpad(s.g::text, 9, '0'), u.id, 'Cơ khí', now()
      FROM s JOIN unit_count uc ON uc."provinceId" = s.pid JOIN units u ON u."provinceId" = s.pid AND u.n = 1 + s.g % uc.total`, [hp, facilities]);
    // Every pick is an equi-join on (province, ordinal): hash joins, not a lookup per row. xã and
    // content are picked by a hash of the row number, independent of year and source (a pick by
    // g modulo n repeats the same few hundred combinations). The report cells (migration
    // 20261203090000) are computed once at the end: their triggers are off while rows are written.
    for (const trigger of ['project_report_cells', 'project_report_cells_update']) await client.query(`ALTER TABLE "Project" DISABLE TRIGGER ${trigger}`);
    await q('đề án', `WITH leaf AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM "ContentCategory" WHERE "parentId" IS NOT NULL),
        units AS (SELECT id, "provinceId", row_number() OVER (PARTITION BY "provinceId" ORDER BY id) AS n FROM "AdminUnit"),
        unit_count AS (SELECT "provinceId", count(*) AS total FROM "AdminUnit" GROUP BY 1),
        ttkc AS (SELECT DISTINCT ON ("provinceId") "provinceId", id FROM "Organization" WHERE kind = 'TTKC' ORDER BY "provinceId", id),
        prov AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Province" WHERE code LIKE 'B_'),
        base AS (SELECT g, ${BENCH_YEARS.from} + g % 10 AS year, CASE WHEN g % 20 < 17 THEN $1 ELSE (SELECT id FROM prov WHERE n = g % 3) END AS pid,
                        (100 + (g * 37) % 1900)::bigint * 1000000 AS total, 30 + g % 21 AS share FROM generate_series(1, $2::int) g),
        picked AS (SELECT b.*, 1 + (hashint4(b.g) & 2147483647) % uc.total AS unit_n, 1 + (hashint4(b.g + 1000003) & 2147483647) % (SELECT max(total) FROM leaf) AS leaf_n,
                          CASE WHEN b.year <= ${BENCH_YEARS.to - 3} THEN ($3::text[])[1 + b.g % array_length($3::text[], 1)]
                               ELSE ($4::text[])[1 + (b.g / 10) % array_length($4::text[], 1)] END AS status
                   FROM base b JOIN unit_count uc ON uc."provinceId" = b.pid)
      INSERT INTO "Project" ("provinceId", code, name, year, "fundingLevel", "contentCategoryId", "implementingOrgId", "adminUnitId", status,
        "totalCostVnd", "stateSupportVnd", "counterpartVnd", "approvedSupportVnd", "startDate", "endDate", "createdById", "createdAt", "updatedAt")
      SELECT b.pid, CASE WHEN b.g % 3 = 0 THEN 'QG' ELSE 'DP' END || '-' || b.year || '-' || lpad(b.g::text, 6, '0'),
        (ARRAY['Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất', 'Xây dựng mô hình trình diễn kỹ thuật', 'Đào tạo nghề ngắn hạn',
               'Tổ chức hội chợ hàng công nghiệp nông thôn', 'Hỗ trợ đăng ký nhãn hiệu sản phẩm'])[1 + b.g % 5] || ' số ' || b.g,
        b.year, (CASE WHEN b.g % 3 = 0 THEN 'KCQG' ELSE 'KCDP' END)::"ProgrammeLevel", l.id, t.id, u.id,
        b.status::"ProjectStatus", b.total, b.total * b.share / 100, b.total - b.total * b.share / 100,
        CASE WHEN b.status IN ('DRAFT', 'SUBMITTED', 'APPRAISED', 'REJECTED') THEN NULL ELSE b.total * b.share / 100 END,
        make_date(b.year, 3, 1), make_date(b.year, 11, 30), 1, make_timestamp(b.year, 1, 15, 8, 0, 0), make_timestamp(b.year, 12, 1, 8, 0, 0)
      FROM picked b JOIN leaf l ON l.n = b.leaf_n JOIN ttkc t ON t."provinceId" = b.pid JOIN units u ON u."provinceId" = b.pid AND u.n = b.unit_n`,
      [hp, projects, STATUS_BY_AGE.old, STATUS_BY_AGE.recent]);
    // The search-text trigger would refresh its đề án once per beneficiary row; refresh once instead.
    await client.query('ALTER TABLE "ProjectBeneficiary" DISABLE TRIGGER project_beneficiary_search_text');
    await client.query('ALTER TABLE "ProjectBeneficiary" DISABLE TRIGGER project_beneficiary_report_totals');
    // Beneficiaries of the province's own facilities: one, or three for every fifth (đề án nhóm).
    await q('analyze the đề án', 'ANALYZE "Project", "Facility"');
    await q('beneficiaries', `WITH fac AS (SELECT id, "provinceId", row_number() OVER (PARTITION BY "provinceId" ORDER BY id) AS n FROM "Facility"),
        fac_count AS (SELECT "provinceId", count(*) AS total FROM "Facility" GROUP BY 1),
        wanted AS (SELECT DISTINCT p.id AS project_id, p."provinceId", 1 + (p.id * 13 + k * 101) % fc.total AS n
                   FROM "Project" p CROSS JOIN generate_series(0, 2) k JOIN fac_count fc ON fc."provinceId" = p."provinceId"
                   WHERE p.code ~ '^(QG|DP)-' AND (k = 0 OR p.id % 5 = 0))
      INSERT INTO "ProjectBeneficiary" ("projectId", "facilityId", equipment, "supportVnd", "counterpartVnd")
      SELECT w.project_id, f.id, 'Máy móc thiết bị', 0, 0 FROM wanted w JOIN fac f ON f."provinceId" = w."provinceId" AND f.n = w.n`);
    await client.query('ALTER TABLE "ProjectBeneficiary" ENABLE TRIGGER project_beneficiary_search_text');
    await client.query('ALTER TABLE "ProjectBeneficiary" ENABLE TRIGGER project_beneficiary_report_totals');
    // The same text as kc_project_search_text(), computed for every đề án in one grouped pass.
    await q('search text', `UPDATE "Project" p SET "searchText" = kc_search_normalize(concat_ws(' ', p.code, p.name, p.place, b.txt))
      FROM (SELECT pb."projectId", string_agg(f."name" || ' ' || f."taxCode", ' ' ORDER BY f."id") AS txt
            FROM "ProjectBeneficiary" pb JOIN "Facility" f ON f."id" = pb."facilityId" GROUP BY 1) b
      WHERE b."projectId" = p.id AND p.code ~ '^(QG|DP)-'`);
    await q('cost lines', `INSERT INTO "CostLine" ("projectId", "sortOrder", item, unit, quantity, "unitPriceVnd", "amountVnd", "stateSupportVnd", "counterpartVnd")
      SELECT p.id, s, CASE s WHEN 1 THEN 'Máy móc thiết bị chính' ELSE 'Lắp đặt, chuyển giao, hướng dẫn vận hành' END, 'Bộ', 1,
        CASE s WHEN 1 THEN p."totalCostVnd" * 60 / 100 ELSE p."totalCostVnd" - p."totalCostVnd" * 60 / 100 END,
        CASE s WHEN 1 THEN p."totalCostVnd" * 60 / 100 ELSE p."totalCostVnd" - p."totalCostVnd" * 60 / 100 END,
        CASE s WHEN 1 THEN p."stateSupportVnd" * 60 / 100 ELSE p."stateSupportVnd" - p."stateSupportVnd" * 60 / 100 END,
        CASE s WHEN 1 THEN p."totalCostVnd" * 60 / 100 - p."stateSupportVnd" * 60 / 100
               ELSE (p."totalCostVnd" - p."totalCostVnd" * 60 / 100) - (p."stateSupportVnd" - p."stateSupportVnd" * 60 / 100) END
      FROM "Project" p CROSS JOIN generate_series(1, 2) s WHERE p.code ~ '^(QG|DP)-'`);
    // Money: a 50 % advance once contracted, the rest paid after acceptance — all paid by Kho bạc.
    await client.query('ALTER TABLE "PaymentRequest" DISABLE TRIGGER payment_request_report_totals');
    await client.query('ALTER TABLE "PaymentRequest" DISABLE TRIGGER payment_request_treasury_shares');
    await client.query('ALTER TABLE "Project" DISABLE TRIGGER project_treasury_shares');
    await q('payments', `INSERT INTO "PaymentRequest" ("provinceId", "projectId", kind, "amountVnd", "advanceClearedVnd", "payeeName", status, "treasuryOrgId", "sentAt", "createdById", "createdAt")
      SELECT p."provinceId", p.id, k.kind::"PaymentKind",
        CASE k.kind WHEN 'ADVANCE' THEN p."approvedSupportVnd" / 2 ELSE p."approvedSupportVnd" - p."approvedSupportVnd" / 2 END,
        CASE k.kind WHEN 'ADVANCE' THEN 0 ELSE p."approvedSupportVnd" / 2 END, 'Cơ sở thụ hưởng', 'PAID',
        (SELECT o.id FROM "Organization" o WHERE o.kind = 'KBNN' AND o."provinceId" = p."provinceId" ORDER BY o.id LIMIT 1),
        make_timestamp(p.year, 6, 1, 8, 0, 0), 1, make_timestamp(p.year, 5, 20, 8, 0, 0)
      FROM "Project" p CROSS JOIN (VALUES ('ADVANCE'), ('PAYMENT')) k(kind)
      WHERE p.code ~ '^(QG|DP)-' AND p.status IN ('CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED')
        AND (k.kind = 'ADVANCE' OR p.status IN ('ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED'))`);
    await client.query('ALTER TABLE "PaymentRequest" ENABLE TRIGGER payment_request_report_totals');
    await client.query('ALTER TABLE "PaymentRequest" ENABLE TRIGGER payment_request_treasury_shares');
    // The report totals the triggers keep (migration 20261202130000), computed in one grouped pass
    // each, as kc_project_report_totals_refresh() would per đề án.
    // Statistics first: the tables were empty when this transaction began, and a plan made for empty
    // tables joins these grouped passes row by row (minutes instead of seconds).
    await q('analyze the new rows', 'ANALYZE "Project", "ProjectBeneficiary", "PaymentRequest", "Facility"');
    await q('report totals: beneficiaries', `UPDATE "Project" p SET "beneficiaryCount" = b.n
      FROM (SELECT "projectId", count(*)::int AS n FROM "ProjectBeneficiary" GROUP BY 1) b
      WHERE b."projectId" = p.id AND p.code ~ '^(QG|DP)-'`);
    await q('report totals: money', `UPDATE "Project" p SET "disbursedVnd" = t.disbursed, "outstandingAdvanceVnd" = t.outstanding
      FROM (SELECT "projectId", sum("amountVnd")::bigint AS disbursed,
                   GREATEST(COALESCE(sum("amountVnd") FILTER (WHERE kind = 'ADVANCE'), 0) - COALESCE(sum("advanceClearedVnd") FILTER (WHERE kind = 'PAYMENT'), 0), 0)::bigint AS outstanding
            FROM "PaymentRequest" WHERE status = 'PAID' GROUP BY 1) t
      WHERE t."projectId" = p.id AND p.code ~ '^(QG|DP)-'`);
    for (const trigger of ['project_report_cells', 'project_report_cells_update']) await client.query(`ALTER TABLE "Project" ENABLE TRIGGER ${trigger}`);
    await q('report cells', 'SELECT kc_report_cells_rebuild()');
    await client.query('ALTER TABLE "Project" ENABLE TRIGGER project_treasury_shares');
    await q('Kho bạc shares', 'SELECT kc_treasury_shares_rebuild()');
    // On again before the documents and audit rows, whose own deferred triggers (owner check, chain
    // seal) leave events pending that would refuse any later ALTER TABLE.
    for (const table of versioned) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER data_version_bump`);
    await q('data version', `INSERT INTO "DataVersion" ("id", "version") VALUES (1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
      ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1`);
    await q('documents', `INSERT INTO "Document" ("provinceId", kind, title, "fileName", "mimeType", "sizeBytes", sha256, "storageKey", "projectId", "uploadedById", "uploadedAt")
      SELECT p."provinceId", d.kind, d.title, d.kind || '.pdf', 'application/pdf', 250000, repeat('0', 64), 'bench/' || p.id || '/' || d.kind, p.id, 1, p."createdAt"
      FROM "Project" p CROSS JOIN (VALUES ('THUYET_MINH', 'Thuyết minh đề án'), ('DU_TOAN', 'Dự toán chi tiết')) d(kind, title)
      WHERE p.code ~ '^(QG|DP)-'`);
    await q('audit', `INSERT INTO "AuditEvent" ("provinceId", "actorId", "entityType", "entityId", event, "fromStatus", "toStatus", "createdAt")
      SELECT p."provinceId", 1, 'Project', p.id, e.event, e.from_status, e.to_status, p."createdAt" + (e.n || ' days')::interval
      FROM "Project" p CROSS JOIN (VALUES (1, 'submit', 'DRAFT', 'SUBMITTED'), (2, 'appraise', 'SUBMITTED', 'APPRAISED'), (3, 'approve', 'APPRAISED', 'APPROVED')) e(n, event, from_status, to_status)
      WHERE p.code ~ '^(QG|DP)-'`);
    await q('commit (audit rows sealed into the hash chain)', 'COMMIT');
    // As autovacuum would soon after such a load: the visibility map lets the home headline's sums
    // come from an index alone (index-only scan) instead of every đề án row.
    await q('vacuum the big tables', 'VACUUM (ANALYZE) "Project", "PaymentRequest", "ProjectBeneficiary", "Document", "CostLine", "ProjectReportCell"');
    await q('analyze', 'ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
