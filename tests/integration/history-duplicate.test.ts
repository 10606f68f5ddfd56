// Per-đề án history takes part in the duplicate-support check: a facility (by MST) supported for
// the same content in an imported đề án of an earlier year is flagged; a stopped one or a later
// year is not.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { importHistory } from '@/lib/server/history/import-history';
import { previewHistoryImport } from '@/lib/server/history/preview-history-import';
import { findDuplicateSupportWarnings } from '@/lib/server/projects/find-duplicate-support';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { historyXlsx } from '../fixtures/history/history-files';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

describe('duplicate support with imported history', () => {
  it('warns about an imported đề án that supported the same facility for the same content', async () => {
    const xa = await db.adminUnit.findUniqueOrThrow({ where: { id: w.facilityB.adminUnitId } });
    const row = (year: number, state: string, content = 'KC03.4') => [year, 'KCĐP', content, xa.name, null, w.facilityB.taxCode, w.facilityB.name, `Máy ${year} ${state}`, 400_000_000, 120_000_000, 280_000_000, null, state, `${year}/QĐ-SCT`];
    const bytes = await historyXlsx({ project: [row(2023, 'Đã quyết toán'), row(2022, 'Dừng thực hiện'), row(2030, 'Đã nghiệm thu')] });
    const file = () => new File([new Uint8Array(bytes)], 'lich-su.xlsx');
    const preview = await previewHistoryImport(w.actors.ttkc, { file: file() });
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await importHistory(w.actors.ttkc, { file: file(), sha256: preview.sha256 });

    const current = await createDossierProject(w, { year: 2026, facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id });
    const warnings = await findDuplicateSupportWarnings(w.actors.ttkc, await getProjectOrThrow(w.actors.ttkc, current.id));
    const historical = warnings?.filter((x) => x.historical) ?? [];
    expect(historical.map((x) => [x.other.year, x.other.status])).toEqual([[2023, 'SETTLED']]);
    expect(historical[0]!.message).toContain(`MST ${w.facilityB.taxCode}`);
    expect(historical[0]!.message).toContain('2023/QĐ-SCT');
    expect(historical[0]!.message).toContain('cùng nội dung KC03.4');
  });
});
