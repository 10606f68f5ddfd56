// Creating, approving and closing a programme, and editing its targets in place: drafts write an
// audit row, approved programmes an amendment; all rows or none.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { approveProgramme } from '@/lib/server/programmes/approve-programme';
import { closeProgramme } from '@/lib/server/programmes/close-programme';
import { createProgramme as createProgrammeUseCase } from '@/lib/server/programmes/create-programme';
import { findProgrammes } from '@/lib/server/programmes/find-programmes';
import { getProgrammeOrThrow } from '@/lib/server/programmes/get-programme';
import { loadAppendix, plainAppendix } from '@/lib/server/programmes/programme-appendix-store';
import { updateProgrammeTargets } from '@/lib/server/programmes/update-programme-targets';
import { targetsEditSchema, type TargetsEditValues } from '@/lib/schemas/programme';
import type { Actor } from '@/lib/domain/roles';
import { toFormGroups } from '@/components/programmes/targets-form-values';
import { HP_PROGRAMME_APPENDIX } from '@/prisma/seed/programme-hp-2026-2030';
import { createProgramme, createProjectForTarget, decisionInput, targetOf } from '../factories/programme';
import { createWorld, freshWorld } from '../factories/world';
import { errorOf } from '../factories/errors';

let w: Awaited<ReturnType<typeof createWorld>>;
const YEARS = HP_PROGRAMME_APPENDIX.years;

beforeAll(async () => { w = await freshWorld(createWorld); });


/** The table as the editor form holds it (toFormGroups, as the editor fills it): text cells, ids of existing rows. */
async function formValues(programmeId: number): Promise<TargetsEditValues> {
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
  const appendix = await loadAppendix(db, programmeId, YEARS);
  return {
    programmeId,
    version: programme.updatedAt.toISOString(),
    groups: toFormGroups(appendix.groups),
  };
}

const save = (actor: Actor, values: TargetsEditValues) => updateProgrammeTargets(actor, targetsEditSchema.parse(values));

describe('creating and approving a programme', () => {
  it('creates a draft, approves it with its decision, then closes it', async () => {
    const created = await createProgrammeUseCase(w.actors.ttkc, {
      code: 'KCDP-HP-THU',
      name: 'Chương trình thử',
      level: 'KCDP',
      startYear: 2026,
      endYear: 2030,
      objectives: 'Mục tiêu',
    });
    expect(created.status).toBe('DRAFT');
    expect((await errorOf(createProgrammeUseCase(w.actors.sct, { ...created, objectives: undefined, level: 'KCDP' }))).message).toMatch(/đã được dùng/);

    expect((await errorOf(approveProgramme(w.actors.sct, { programmeId: created.id, decision: decisionInput() }))).message).toMatch(/chưa có chỉ tiêu/);
    const values = await formValues(created.id);
    values.groups = [{ code: 'I', name: 'Nhóm một', items: [{ itemNo: '1', name: 'Mô hình', unit: 'Mô hình', values: ['1', '', '', '', ''], statedTotal: '1' }] }];
    await save(w.actors.ttkc, values);

    expect((await errorOf(approveProgramme(w.actors.ttkc, { programmeId: created.id, decision: decisionInput() }))).code).toBe('FORBIDDEN');
    const decision = await approveProgramme(w.actors.sct, { programmeId: created.id, decision: decisionInput('1234/QĐ-UBND') });
    const approved = await getProgrammeOrThrow(w.actors.sct, created.id);
    expect(approved.status).toBe('APPROVED');
    expect(approved.decision).toMatchObject({ id: decision.id, number: '1234/QĐ-UBND', kind: 'PROGRAMME_APPROVAL', signer: 'Hoàng Minh Cường' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Programme', entityId: created.id, event: 'approve' } });
    expect(audit).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'APPROVED', actorId: w.actors.sct.id });
    expect((await errorOf(approveProgramme(w.actors.sct, { programmeId: created.id, decision: decisionInput() }))).code).toBe('ILLEGAL_TRANSITION');

    expect((await errorOf(closeProgramme(w.actors.sct, { programmeId: created.id, reason: ' ' }))).fieldErrors?.reason).toMatch(/^Cần nhập lý do để "/);
    await closeProgramme(w.actors.sct, { programmeId: created.id, reason: 'Hết giai đoạn' });
    const closed = await formValues(created.id);
    closed.groups[0]!.items[0]!.values[1] = '2';
    expect((await errorOf(save(w.actors.sct, { ...closed, reason: 'Sửa' }))).message).toMatch(/Đã kết thúc/);
  });

  it('lists the province programmes only, and national ones to the ministry', async () => {
    const kcqg = await createProgramme({ provinceId: w.hp.province.id, level: 'KCQG', appendix: null });
    const ld = await createProgramme({ provinceId: w.ld.province.id, appendix: null });
    expect((await findProgrammes(w.actors.xaA)).map((p) => p.id)).not.toContain(ld.id);
    expect((await findProgrammes(w.actors.ministry)).map((p) => p.id)).toEqual([kcqg.id]);
    expect((await errorOf(findProgrammes(w.actors.kbnn))).code).toBe('FORBIDDEN');
    expect((await errorOf(getProgrammeOrThrow(w.actors.ldTtkc, kcqg.id))).code).toBe('NOT_FOUND');
  });
});

describe('editing the targets of a draft', () => {
  it('saves cells, keeps an inconsistent total as typed and writes an audit row', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const values = await formValues(programme.id);
    values.groups[0]!.items[0]!.values[0] = '3';
    await save(w.actors.ttkc, values);
    const stored = plainAppendix(await loadAppendix(db, programme.id, YEARS));
    expect(stored.groups[0]!.items[0]!).toMatchObject({ values: [3, 1, 1, 1, 1], statedTotal: 4 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Programme', entityId: programme.id, event: 'edit-targets' } });
    expect(audit.data).toMatchObject({ source: 'editor', changes: [{ key: 'I.1', kind: 'changed', details: ['Năm 2026: (trống) → 3'] }] });
    expect(await db.programmeAmendment.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it('refuses an unknown unit or a duplicate item, writing nothing', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const values = await formValues(programme.id);
    values.groups[0]!.items[0]!.values[0] = '9';
    values.groups[0]!.items[1]!.unit = 'Chiếc';
    values.groups[0]!.items[2]!.itemNo = '1';
    const error = await errorOf(save(w.actors.ttkc, values));
    expect(error.message).toMatch(/^Bảng chỉ tiêu còn 2 lỗi: Mục I.2, cột ĐVT: đơn vị tính "Chiếc" không có trong danh mục ĐVT; Mục I.1, cột TT: chỉ tiêu I.1 trùng số thứ tự với mục I.1\.$/);
    expect(plainAppendix(await loadAppendix(db, programme.id, YEARS))).toEqual(HP_PROGRAMME_APPENDIX);
  });

  it('refuses a text cell before reaching the server use case', () => {
    const result = targetsEditSchema.safeParse({ programmeId: 1, version: 'x', groups: [{ code: 'I', name: 'N', items: [{ itemNo: '1', name: 'A', unit: 'Lớp', values: ['mười'], statedTotal: '' }] }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['groups', 0, 'items', 0, 'values', 0], message: 'Nhập số nguyên không âm hoặc để trống' });
  });

  it('renumbers, adds and removes rows while linked đề án keep their target', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const i2 = await targetOf(programme.id, 'I.2');
    await createProjectForTarget({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, targetId: i2.id, targetQuantity: 2, status: 'APPROVED', year: 2026 });
    const values = await formValues(programme.id);
    const items = values.groups[0]!.items;
    [items[0]!.itemNo, items[1]!.itemNo] = ['2', '1'];
    items.splice(6, 1);
    items.push({ itemNo: '8', name: 'Chỉ tiêu mới', unit: 'Lớp', values: ['', '1', '', '', ''], statedTotal: '1' });
    await save(w.actors.ttkc, values);
    expect((await targetOf(programme.id, 'I.1')).id).toBe(i2.id);
    expect(await db.project.count({ where: { programmeTargetId: i2.id } })).toBe(1);
    expect((await targetOf(programme.id, 'I.8')).name).toBe('Chỉ tiêu mới');
    await expect(targetOf(programme.id, 'I.7')).rejects.toThrow();

    const again = await formValues(programme.id);
    again.groups[0]!.items = again.groups[0]!.items.filter((i) => i.id !== i2.id);
    expect((await errorOf(save(w.actors.ttkc, again))).message).toMatch(/Không thể bỏ chỉ tiêu đang được sử dụng: I\.1 \(1 đề án, 0 đề xuất\)/);
    expect((await targetOf(programme.id, 'I.1')).id).toBe(i2.id);
  });

  it('refuses a save based on a table someone else changed since', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const mine = await formValues(programme.id);
    const theirs = await formValues(programme.id);
    theirs.groups[1]!.items[0]!.values[0] = '1';
    await save(w.actors.sct, theirs);
    mine.groups[1]!.items[0]!.values[0] = '2';
    expect((await errorOf(save(w.actors.ttkc, mine))).code).toBe('CONFLICT');
    expect((await targetOf(programme.id, 'II.1')).id).toBeGreaterThan(0);
    expect(plainAppendix(await loadAppendix(db, programme.id, YEARS)).groups[1]!.items[0]!.values[0]).toBe(1);
  });

  it('is refused to roles without programme:edit', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const values = await formValues(programme.id);
    values.groups[0]!.items[0]!.values[0] = '5';
    for (const actor of [w.actors.stc, w.actors.xaA, w.actors.ministry, w.actors.admin]) expect((await errorOf(save(actor, values))).code).toBe('FORBIDDEN');
    expect((await errorOf(save(w.actors.ldTtkc, values))).code).toBe('NOT_FOUND');
  });
});

describe('editing the targets of an approved programme', () => {
  it('needs a reason, and records who, when, the decision and the table before and after', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED' });
    const values = await formValues(programme.id);
    values.groups[1]!.items[6]!.statedTotal = '15';
    expect((await errorOf(save(w.actors.sct, values))).fieldErrors).toEqual({ reason: 'Nhập lý do điều chỉnh' });

    await save(w.actors.sct, { ...values, reason: 'Đính chính tổng mục II.7', decision: { number: '', issuedOn: '', issuer: '', signer: '', summary: '' } });
    const amendment = await db.programmeAmendment.findFirstOrThrow({ where: { programmeId: programme.id } });
    expect(amendment).toMatchObject({ summary: 'Đính chính tổng mục II.7', decisionId: null, changedById: w.actors.sct.id });
    expect(amendment.before).toEqual(HP_PROGRAMME_APPENDIX);
    expect((amendment.after as unknown as typeof HP_PROGRAMME_APPENDIX).groups[1]!.items[6]!.statedTotal).toBe(15);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Programme', entityId: programme.id, event: 'amend' } });
    expect(audit.reason).toBe('Đính chính tổng mục II.7');

    const next = await formValues(programme.id);
    next.groups[0]!.items[1]!.values[4] = '40';
    const partial = targetsEditSchema.safeParse({ ...next, reason: 'Tăng chỉ tiêu', decision: { number: '9/QĐ-UBND', issuedOn: '', issuer: '', signer: '', summary: '' } });
    expect(partial.success).toBe(false);
    await save(w.actors.sct, { ...next, reason: 'Tăng chỉ tiêu', decision: { number: '9/QĐ-UBND', issuedOn: '20/05/2026', issuer: 'UBND thành phố', signer: 'Hoàng Minh Cường', summary: 'Điều chỉnh' } });
    const withDecision = await getProgrammeOrThrow(w.actors.xaA, programme.id);
    expect(withDecision.amendments).toHaveLength(2);
    expect(withDecision.amendments[0]).toMatchObject({ summary: 'Tăng chỉ tiêu', decision: { number: '9/QĐ-UBND' }, changedByName: w.actors.sct.fullName });
  });
});
