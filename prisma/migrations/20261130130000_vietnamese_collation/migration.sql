-- Vietnamese sort order for the names people pick from lists (xã/phường, cơ sở, đơn vị, tỉnh):
-- "Bắc" before "Bình", "Đ…" right after "D…" (code-point order put "Bình" first and "Đ…" last).
-- Our own ICU collation, so it exists the same on the embedded PostgreSQL 18 and a system server
-- (both ship ICU; the "vi-VN-x-icu" imported by initdb is not guaranteed on every server).
-- Set on the columns, so every ORDER BY "name" — Prisma's orderBy included — sorts the Vietnamese
-- way without each query having to remember it. ICU collations are deterministic: uniqueness is
-- unchanged. Prisma does not model column collations, so the schema file stays as it is.
-- See docs/decisions/0018-vietnamese-collation.md.

CREATE COLLATION IF NOT EXISTS "vi_VN" (provider = icu, locale = 'vi-VN');

ALTER TABLE "Province" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_VN";
ALTER TABLE "AdminUnit" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_VN";
ALTER TABLE "Organization" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_VN";
ALTER TABLE "Facility" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_VN";
