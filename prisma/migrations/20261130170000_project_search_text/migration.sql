-- Diacritic-insensitive đề án search backed by a trigram index (issue 16).
-- "searchText" holds lower(unaccent(code name place + every beneficiary's name and MST)); triggers keep
-- it current, so one GIN trigram index answers `LIKE '%ung dung%'` without scanning every row.
-- Prisma sees a plain column and index; the triggers are invisible to it (like the audit trigger).

ALTER TABLE "Project" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION kc_search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(f_unaccent($1)) $$;

CREATE OR REPLACE FUNCTION kc_project_search_text(project_id integer, code text, name text, place text) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT kc_search_normalize(concat_ws(' ', code, name, place, (
      SELECT string_agg(f."name" || ' ' || f."taxCode", ' ' ORDER BY f."id")
      FROM "ProjectBeneficiary" pb JOIN "Facility" f ON f."id" = pb."facilityId"
      WHERE pb."projectId" = project_id)))
  $$;

CREATE OR REPLACE FUNCTION kc_project_search_text_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    NEW."searchText" := kc_project_search_text(NEW."id", NEW."code", NEW."name", NEW."place");
    RETURN NEW;
  END $$;

CREATE TRIGGER project_search_text
  BEFORE INSERT OR UPDATE OF "code", "name", "place" ON "Project"
  FOR EACH ROW EXECUTE FUNCTION kc_project_search_text_row();

CREATE OR REPLACE FUNCTION kc_project_search_text_refresh(project_ids integer[]) RETURNS void
  LANGUAGE sql AS $$
    UPDATE "Project" p SET "searchText" = kc_project_search_text(p."id", p."code", p."name", p."place")
    WHERE p."id" = ANY(project_ids)
  $$;

CREATE OR REPLACE FUNCTION kc_beneficiary_search_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM kc_project_search_text_refresh(ARRAY[NEW."projectId"]); END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM kc_project_search_text_refresh(ARRAY[OLD."projectId"]); END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER project_beneficiary_search_text
  AFTER INSERT OR UPDATE OR DELETE ON "ProjectBeneficiary"
  FOR EACH ROW EXECUTE FUNCTION kc_beneficiary_search_text();

CREATE OR REPLACE FUNCTION kc_facility_search_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kc_project_search_text_refresh(ARRAY(SELECT pb."projectId" FROM "ProjectBeneficiary" pb WHERE pb."facilityId" = NEW."id"));
    RETURN NULL;
  END $$;

CREATE TRIGGER facility_search_text
  AFTER UPDATE OF "name", "taxCode" ON "Facility"
  FOR EACH ROW EXECUTE FUNCTION kc_facility_search_text();

UPDATE "Project" p SET "searchText" = kc_project_search_text(p."id", p."code", p."name", p."place");

CREATE INDEX "Project_searchText_idx" ON "Project" USING GIN ("searchText" gin_trgm_ops);
