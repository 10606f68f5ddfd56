// The duplicate-support check: the same facility (by MST, whatever row of the province carries it)
// supported for the same content or the same equipment in this or an earlier year.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findDuplicateSupportWarnings } from '@/lib/server/projects/find-duplicate-support';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

describe('duplicate support', () => {
  it('finds a facility funded for the same content in an earlier year, and ignores rejected ones', async () => {
    const earlier = await createDossierProject(w, { year: 2024, status: 'ACCEPTED', equipment: 'Lò nung tuynel' });
    await createDossierProject(w, { year: 2023, status: 'REJECTED' });
    await createDossierProject(w, { year: 2027, status: 'DRAFT' });
    await createDossierProject(w, { year: 2024, status: 'ACCEPTED', facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id });
    const current = await createDossierProject(w, { year: 2026, equipment: 'Máy ép gạch' });
    const warnings = await findDuplicateSupportWarnings(w.actors.ttkc, await getProjectOrThrow(w.actors.ttkc, current.id));
    expect(warnings?.map((x) => [x.other.code, x.other.year, x.other.status, x.reason])).toEqual([
      [earlier.code, 2024, 'ACCEPTED', 'SAME_CONTENT'],
      // the world's đề án of this year for the same facility counts too
      [w.projectA.code, 2026, 'IN_PROGRESS', 'SAME_CONTENT'],
    ]);
    expect(warnings?.[0]?.message).toBe(`Cơ sở Cơ sở gốm A (MST ${w.facilityA.taxCode}) đã được hỗ trợ cùng nội dung KC03.4 trong đề án ${earlier.code} (năm 2024, Đã nghiệm thu).`);
  });

  it('matches the same equipment under another content, ignoring case and diacritics', async () => {
    const other = await db.contentCategory.create({ data: { code: 'KC03.1', name: 'Mô hình trình diễn', validFrom: new Date('2012-07-01') } });
    const earlier = await createDossierProject(w, { year: 2025, status: 'IN_PROGRESS', facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id, equipment: 'MAY CAT LASER CNC' });
    await db.project.update({ where: { id: earlier.id }, data: { contentCategoryId: other.id } });
    // current stays on KC03.4: only the equipment matches
    const current = await createDossierProject(w, { year: 2026, facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id, equipment: 'Máy cắt laser  CNC' });
    const warnings = await findDuplicateSupportWarnings(w.actors.sct, await getProjectOrThrow(w.actors.sct, current.id));
    expect(warnings?.find((x) => x.other.code === earlier.code)?.reason).toBe('SAME_EQUIPMENT');
  });

  it('is shown only to those who draft or appraise đề án', async () => {
    const current = await createDossierProject(w, { year: 2026 });
    expect(await findDuplicateSupportWarnings(w.actors.xaA, await getProjectOrThrow(w.actors.xaA, current.id))).toBeNull();
    expect(await findDuplicateSupportWarnings(w.actors.beneficiaryA, await getProjectOrThrow(w.actors.beneficiaryA, current.id))).toBeNull();
  });
});
