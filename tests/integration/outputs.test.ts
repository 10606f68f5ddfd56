// Issue 17 "Beyond the đề án": outputs in the target's unit count toward programme progress; the
// participant import is all-or-nothing and names the row; inspections and collaborators move only
// through their lifecycles with audit rows; xã officials see their xã, other provinces get 404.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { today } from '@/lib/server/dates';
import { approveCollaborator, endCollaborator } from '@/lib/server/collaborators/decide-collaborator';
import { findCollaborators, getCollaboratorOrThrow } from '@/lib/server/collaborators/find-collaborators';
import { proposeCollaborator } from '@/lib/server/collaborators/propose-collaborator';
import { recordCollaboratorActivity } from '@/lib/server/collaborators/record-collaborator-activity';
import { changeInspectionStatus } from '@/lib/server/inspections/change-inspection-status';
import { findInspections, findProjectInspections, getInspectionOrThrow } from '@/lib/server/inspections/find-inspections';
import { planInspection } from '@/lib/server/inspections/plan-inspection';
import { findProjectOutputs } from '@/lib/server/outputs/find-project-outputs';
import { getProjectPageOrThrow } from '@/lib/server/projects/get-project-page';
import { deleteProjectOutput } from '@/lib/server/outputs/delete-output';
import { importParticipants } from '@/lib/server/outputs/import-participants';
import { writeParticipantTemplate } from '@/lib/server/outputs/participant-excel';
import { recordProjectOutput } from '@/lib/server/outputs/record-output';
import { findProgrammeProgress } from '@/lib/server/programmes/find-programme-progress';
import { appendixCoveringThisYear, createProgramme, createProjectForTarget, targetOf } from '../factories/programme';
import { createWorld, freshWorld } from '../factories/world';
import { thisYear } from '../factories/clock';

let w: Awaited<ReturnType<typeof createWorld>>;
let programmeId: number;
let peopleTarget: number; // IV.1 — Người: 75 a year, 375 in all
let boothTarget: number; // II.4 — Gian hàng: 12 a year
let trainingId: number;
let fairId: number;
const year = thisYear();
// `n` days before the clock, but never before 1 January of its year: outputs and inspections are
// recorded in the year they count for, whatever day the clock says (1 January 2031 included).
const daysAgo = (n: number) => new Date(Math.max(today().getTime() - n * 86_400_000, Date.UTC(year, 0, 1)));

/** A participant list filled into the portal's own template: `names` from row 4 on (rows 1–3 are titles). */
async function participantFile(rows: (string | number | null)[][], name = 'danh-sach.xlsx'): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeParticipantTemplate('Lớp thử')) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  rows.forEach((cells, i) => sheet.getRow(4 + i).values = cells);
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name);
}
const fortyPeople = () => Array.from({ length: 40 }, (_, i) => [i + 1, `Học viên số ${i + 1}`, 1980 + (i % 20), i % 2 ? 'Nữ' : 'Nam', 'Cơ sở gốm A', null]);

async function participantCount(outputId: number) {
  return db.trainingParticipant.count({ where: { outputId } });
}

async function achieved(targetId: number) {
  const progress = await findProgrammeProgress(w.actors.sct, programmeId);
  const target = progress.groups.flatMap((g) => g.targets).find((t) => t.targetId === targetId)!;
  return { period: target.period, year: target.byYear.find((y) => y.year === year) };
}

beforeAll(async () => {
  w = await freshWorld(createWorld);
  programmeId = (await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED', appendix: appendixCoveringThisYear() })).id;
  peopleTarget = (await targetOf(programmeId, 'IV.1')).id;
  boothTarget = (await targetOf(programmeId, 'II.4')).id;
  const base = { provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, year };
  // targetQuantity 1 (one đề án): a "Người" target must count people, not đề án.
  trainingId = (await createProjectForTarget({ ...base, targetId: peopleTarget, targetQuantity: 1, status: 'IN_PROGRESS' })).id;
  fairId = (await createProjectForTarget({ ...base, adminUnitId: w.xaB.id, targetId: boothTarget, targetQuantity: 1, status: 'ACCEPTED' })).id;
});

describe('outputs in the target unit', () => {
  let classId: number;

  it('counts a training class of 40 participants as 40 toward a "Người" target', async () => {
    expect((await achieved(peopleTarget)).period.achieved).toBe(0);
    classId = (await recordProjectOutput(w.actors.ttkc, { projectId: trainingId, kind: 'TRAINING_CLASS', title: 'Lớp bồi dưỡng nghệ nhân gốm', heldOn: daysAgo(20), endedOn: daysAgo(10), place: 'Nam Sách', quantity: 7, note: null })).id;
    expect(await importParticipants(w.actors.ttkc, { outputId: classId, file: await participantFile(fortyPeople()) })).toEqual({ participants: 40 });
    expect(await participantCount(classId)).toBe(40);
    const { period, year: thisYearFigures } = await achieved(peopleTarget);
    expect(period).toMatchObject({ planned: 375, achieved: 40, percentAchieved: 10.7 });
    expect(thisYearFigures).toMatchObject({ planned: 75, achieved: 40, percentAchieved: 53.3 });
    // The class itself counts as one (the quantity typed for a class is ignored).
    expect((await db.projectOutput.findUniqueOrThrow({ where: { id: classId } })).quantity).toBe(1);
  });

  it('refuses a list with one bad row, writes nothing and names the row and the column', async () => {
    const rows = fortyPeople();
    rows[16] = [17, 'Lê Văn Sai', 'một chín tám năm', 'Nam', null, null]; // Excel row 4 + 16 = 20
    const newClass = (await recordProjectOutput(w.actors.ttkc, { projectId: trainingId, kind: 'TRAINING_CLASS', title: 'Lớp thứ hai', heldOn: daysAgo(5), quantity: 1 })).id;
    const refusal = importParticipants(w.actors.ttkc, { outputId: newClass, file: await participantFile(rows) });
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Dòng 20, cột "Năm sinh"') });
    expect(await participantCount(newClass)).toBe(0);
    // Re-importing a bad file onto the first class keeps its 40.
    await expect(importParticipants(w.actors.ttkc, { outputId: classId, file: await participantFile(rows) })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await participantCount(classId)).toBe(40);
    expect((await achieved(peopleTarget)).period.achieved).toBe(40);
  });

  it('counts booths toward a "Gian hàng" target and audits each record', async () => {
    await recordProjectOutput(w.actors.ttkc, { projectId: fairId, kind: 'FAIR_BOOTHS', title: 'Hội chợ CNNT tiêu biểu', heldOn: daysAgo(30), quantity: 6 });
    expect((await achieved(boothTarget)).period).toMatchObject({ planned: 60, achieved: 6, percentAchieved: 10 });
    const audits = await db.auditEvent.findMany({ where: { entityType: 'Project', entityId: { in: [trainingId, fairId] } }, select: { event: true } });
    expect(audits.map((a) => a.event).sort()).toEqual(['importParticipants', 'recordOutput', 'recordOutput', 'recordOutput']);
  });

  it('refuses an output dated in the future, and on a đề án not yet running', async () => {
    await expect(recordProjectOutput(w.actors.ttkc, { projectId: trainingId, kind: 'TRAINING_CLASS', title: 'Lớp sau', heldOn: daysAgo(-3), quantity: 1 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(recordProjectOutput(w.actors.ttkc, { projectId: w.projectB.id, kind: 'TRAINING_CLASS', title: 'Lớp', heldOn: daysAgo(1), quantity: 1 })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('keeps outputs within scope: xã sees its xã, another province gets not found, only the Trung tâm records', async () => {
    expect(await findProjectOutputs(w.actors.xaA, trainingId)).toHaveLength(2);
    expect(await findProjectOutputs(w.actors.xaA, fairId)).toHaveLength(0);
    await expect(recordProjectOutput(w.actors.xaA, { projectId: trainingId, kind: 'TRAINING_CLASS', title: 'x', heldOn: daysAgo(1), quantity: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordProjectOutput(w.actors.ldTtkc, { projectId: trainingId, kind: 'TRAINING_CLASS', title: 'x', heldOn: daysAgo(1), quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(importParticipants(w.actors.ldTtkc, { outputId: classId, file: await participantFile(fortyPeople()) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await participantCount(classId)).toBe(40);
  });

  it('deletes an output recorded by mistake, with an audit row keeping what it held; not from another province', async () => {
    const mistaken = (await recordProjectOutput(w.actors.ttkc, { projectId: fairId, kind: 'FAIR_BOOTHS', title: 'Gõ nhầm', heldOn: daysAgo(2), quantity: 60 })).id;
    expect((await achieved(boothTarget)).period.achieved).toBe(66);
    await expect(deleteProjectOutput(w.actors.ldTtkc, { outputId: mistaken })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteProjectOutput(w.actors.sct, { outputId: mistaken })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await deleteProjectOutput(w.actors.ttkc, { outputId: mistaken })).toEqual({ projectId: fairId });
    expect((await achieved(boothTarget)).period.achieved).toBe(6);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: fairId, event: 'deleteOutput' } });
    expect(audit.data).toMatchObject({ title: 'Gõ nhầm', quantity: 60 });
  });
});

describe('inspections', () => {
  let inspectionId: number;

  it('goes planned → done → followed up → closed through the one transition, each step audited', async () => {
    inspectionId = (await planInspection(w.actors.sct, { year, title: 'Kiểm tra lớp bồi dưỡng nghệ nhân', plannedOn: daysAgo(3), projectId: trainingId, team: 'Nguyễn Văn Trưởng – Phó Giám đốc Sở\nTrần Thị Viên – chuyên viên' })).id;
    await expect(changeInspectionStatus(w.actors.ttkc, { inspectionId, event: 'followUp', followUp: 'x' })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(changeInspectionStatus(w.actors.ttkc, { inspectionId, event: 'conduct' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await changeInspectionStatus(w.actors.ttkc, { inspectionId, event: 'conduct', conductedOn: daysAgo(2), findings: 'Lớp học đúng kế hoạch, 40 học viên.', recommendations: 'Bổ sung sổ điểm danh.' })).toBe('DONE');
    expect(await changeInspectionStatus(w.actors.ttkc, { inspectionId, event: 'followUp', followUp: 'Đã bổ sung sổ điểm danh.' })).toBe('FOLLOWED_UP');
    expect(await changeInspectionStatus(w.actors.sct, { inspectionId, event: 'close' })).toBe('CLOSED');
    const { inspection, history } = await getInspectionOrThrow(w.actors.sct, inspectionId);
    expect(inspection).toMatchObject({ adminUnitId: w.xaA.id, findings: 'Lớp học đúng kế hoạch, 40 học viên.', followUp: 'Đã bổ sung sổ điểm danh.' });
    expect(history.map((h) => [h.event, h.fromStatus, h.toStatus])).toEqual([
      ['plan', null, 'PLANNED'],
      ['conduct', 'PLANNED', 'DONE'],
      ['followUp', 'DONE', 'FOLLOWED_UP'],
      ['close', 'FOLLOWED_UP', 'CLOSED'],
    ]);
  });

  it('needs a reason to cancel, and refuses a xã officer', async () => {
    const id = (await planInspection(w.actors.ttkc, { year, title: 'Kiểm tra hội chợ', plannedOn: daysAgo(1), projectId: fairId, team: 'Đoàn thử' })).id;
    await expect(changeInspectionStatus(w.actors.ttkc, { inspectionId: id, event: 'cancel' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(changeInspectionStatus(w.actors.xaA, { inspectionId: id, event: 'cancel', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(planInspection(w.actors.xaA, { year, title: 'x', plannedOn: daysAgo(1), team: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await changeInspectionStatus(w.actors.ttkc, { inspectionId: id, event: 'cancel', reason: 'Hội chợ đã kết thúc' })).toBe('CANCELLED');
  });

  it('shows a xã officer only the xã’s inspections, and nothing to another province', async () => {
    expect((await findInspections(w.actors.sct, year)).map((i) => i.id).length).toBe(2);
    expect((await findInspections(w.actors.xaA, year)).map((i) => i.id)).toEqual([inspectionId]);
    expect((await findProjectInspections(w.actors.xaA, trainingId))?.map((i) => i.id)).toEqual([inspectionId]);
    expect(await findProjectInspections(w.actors.beneficiaryA, trainingId)).toBeNull();
    // The đề án page reads the lists only when its đề án has something to list: the same rows, an
    // empty list for a đề án without any.
    const page = await getProjectPageOrThrow(w.actors.xaA, trainingId);
    expect(page.inspections?.map((i) => i.id)).toEqual([inspectionId]);
    expect(page.outputs.map((o) => o.id)).toEqual((await findProjectOutputs(w.actors.xaA, trainingId)).map((o) => o.id));
    expect(page.outputs.length).toBeGreaterThan(0);
    const bare = await getProjectPageOrThrow(w.actors.ttkc, w.projectB.id);
    expect([bare.outputs, bare.inspections]).toEqual([[], []]);
    expect(await findInspections(w.actors.ldTtkc, year)).toEqual([]);
    await expect(getInspectionOrThrow(w.actors.ldTtkc, inspectionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(planInspection(w.actors.ldTtkc, { year, title: 'x', plannedOn: daysAgo(1), projectId: trainingId, team: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('collaborators', () => {
  let collaboratorId: number;

  it('is proposed, approved by a recorded decision, paid for activities and ended, each step audited', async () => {
    collaboratorId = (await proposeCollaborator(w.actors.ttkc, { adminUnitId: w.xaA.id, fullName: 'Phạm Thị Cộng', birthYear: 1985, position: 'Công chức kinh tế xã', phone: null, proposedOn: daysAgo(40) })).id;
    await expect(recordCollaboratorActivity(w.actors.ttkc, { collaboratorId, occurredOn: daysAgo(1), description: 'x', supportVnd: 1n })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(approveCollaborator(w.actors.ttkc, { collaboratorId, number: '1/QĐ-SCT', issuedOn: daysAgo(30), signer: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await approveCollaborator(w.actors.sct, { collaboratorId, number: '15/QĐ-SCT', issuedOn: daysAgo(30), signer: 'Lê Văn Ký' })).toBe('APPROVED');
    await recordCollaboratorActivity(w.actors.ttkc, { collaboratorId, occurredOn: daysAgo(20), description: 'Tuyên truyền chính sách khuyến công', supportVnd: 1_500_000n });
    await recordCollaboratorActivity(w.actors.ttkc, { collaboratorId, occurredOn: daysAgo(10), description: 'Hướng dẫn cơ sở lập hồ sơ', supportVnd: 750_000n });
    const { collaborator, supportVnd, history } = await getCollaboratorOrThrow(w.actors.xaA, collaboratorId);
    expect(collaborator.approvalDecision).toMatchObject({ number: '15/QĐ-SCT' });
    expect(supportVnd).toBe(2_250_000n);
    expect(await db.decision.count({ where: { number: '15/QĐ-SCT', provinceId: w.hp.province.id } })).toBe(1);
    await expect(endCollaborator(w.actors.sct, { collaboratorId, reason: ' ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await endCollaborator(w.actors.sct, { collaboratorId, reason: 'Chuyển công tác' })).toBe('ENDED');
    const after = await getCollaboratorOrThrow(w.actors.sct, collaboratorId);
    expect(after.history.map((h) => [h.event, h.fromStatus, h.toStatus])).toEqual([
      ['propose', null, 'PROPOSED'],
      ['approve', 'PROPOSED', 'APPROVED'],
      ['recordActivity', null, null],
      ['recordActivity', null, null],
      ['end', 'APPROVED', 'ENDED'],
    ]);
    expect(history.length).toBe(4);
  });

  it('shows a xã officer only the xã’s list and another province nothing', async () => {
    await proposeCollaborator(w.actors.sct, { adminUnitId: w.xaB.id, fullName: 'Vũ Văn Bê', proposedOn: daysAgo(2) });
    expect((await findCollaborators(w.actors.sct)).map((c) => c.fullName)).toEqual(['Phạm Thị Cộng', 'Vũ Văn Bê']);
    expect((await findCollaborators(w.actors.xaA)).map((c) => c.fullName)).toEqual(['Phạm Thị Cộng']);
    expect(await findCollaborators(w.actors.ldTtkc)).toEqual([]);
    await expect(getCollaboratorOrThrow(w.actors.ldTtkc, collaboratorId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(proposeCollaborator(w.actors.ldTtkc, { adminUnitId: w.xaA.id, fullName: 'x', proposedOn: daysAgo(1) })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(proposeCollaborator(w.actors.xaA, { adminUnitId: w.xaA.id, fullName: 'x', proposedOn: daysAgo(1) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
