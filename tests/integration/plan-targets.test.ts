// Issue 12 item 5: a proposal counts toward the APPROVED programme of its year. A draft programme
// covering the same years (with identical item numbers) is neither offered nor accepted.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createPlan } from '@/lib/server/plans/create-plan';
import { findPlanItemOptions } from '@/lib/server/plans/find-plan-item-options';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { createPlanWorld, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;
let draftTargetId: number;

beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  const hpId = w.hp.province.id;
  const draft = await db.programme.create({ data: { provinceId: hpId, code: 'KCDP-DU-THAO', name: 'Dự thảo chương trình sửa đổi', level: 'KCDP', startYear: 2026, endYear: 2030, status: 'DRAFT' } });
  const group = await db.programmeGroup.create({ data: { programmeId: draft.id, code: 'I', name: 'Mô hình trình diễn, máy móc thiết bị', sortOrder: 1 } });
  draftTargetId = (await db.programmeTarget.create({ data: { programmeId: draft.id, groupId: group.id, itemNo: '2', name: 'Hỗ trợ ứng dụng máy móc thiết bị', unit: 'Cơ sở', sortOrder: 1 } })).id;
});

describe('programme targets of a proposal', () => {
  it('offers only the approved programme’s targets, labelled with the programme', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const { targets } = await findPlanItemOptions(w.actors.xaA, plan);
    expect(targets.map((t) => t.id)).not.toContain(draftTargetId);
    expect(targets.map((t) => t.id).sort()).toEqual([w.programme.targets.machinery.id, w.programme.targets.fairs.id].sort());
    expect(targets.find((t) => t.id === w.programme.targets.machinery.id)!.label).toBe(`${w.programme.programme.code} · I.2 Hỗ trợ ứng dụng máy móc thiết bị (Cơ sở)`);
  });

  it('refuses a pick that links to a draft programme', async () => {
    const plan = await createPlan(w.xaBActor, PLAN_YEAR);
    const error = await errorOf(savePlanItem(w.xaBActor, itemInput(plan.id, w, { programmeTargetId: draftTargetId, facilityIds: [w.facilityB.id] })));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ programmeTargetId: `Chỉ tiêu đã chọn không thuộc chương trình khuyến công đã phê duyệt cho năm ${PLAN_YEAR}.` });
    expect(await db.planItem.count({ where: { programmeTargetId: draftTargetId } })).toBe(0);
  });
});
