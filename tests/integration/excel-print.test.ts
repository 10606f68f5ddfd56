// Officials print the exports to sign and stamp: every workbook the portal writes prints on A4
// landscape, one page wide, with its titles repeated and no header word cut. (The plan forms are
// checked in plan-budget.test.ts, which builds a whole round.)
import { beforeAll, describe, expect, it } from 'vitest';
import { projectListQuerySchema } from '@/lib/schemas/project';
import { exportProgrammeAppendix } from '@/lib/server/programmes/export-programme-appendix';
import { exportProjects } from '@/lib/server/projects/export-projects';
import { printProblems } from '../factories/excel';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { createProgramme } from '../factories/programme';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  await createDossierProject(w, { status: 'IN_PROGRESS', name: 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất gốm sứ mỹ nghệ xuất khẩu' });
});

describe('printable exports', () => {
  it('the đề án list', async () => {
    expect(await printProblems(await exportProjects(w.actors.ttkc, projectListQuerySchema.parse({})))).toEqual([]);
  });

  it('the programme appendix', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    expect(await printProblems((await exportProgrammeAppendix(w.actors.sct, programme.id)).bytes)).toEqual([]);
  });
});
