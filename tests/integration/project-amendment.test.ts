// Điều chỉnh: the previous version is kept, the difference is visible, approval applies the new
// version; a request made from an older version cannot be applied; a STOP amendment stops the đề án.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { diffSnapshots, type ProjectSnapshot } from '@/lib/domain/project-amendment';
import { amendmentDecisionSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { decideAmendment } from '@/lib/server/projects/decide-amendment';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { requestAmendment } from '@/lib/server/projects/request-amendment';
import { withdrawAmendment } from '@/lib/server/projects/withdraw-amendment';
import { amendmentLine, amendmentRequest, createDossierProject, createProjectWorld, decision, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeAll(async () => { w = await freshWorld(createProjectWorld); });

function request(projectId: number, changes: Record<string, unknown>) {
  return amendmentRequest(w, projectId, 'Cơ sở chuyển xưởng sang thôn mới', changes);
}

describe('amendments', () => {
  it('keeps the previous version and shows the difference', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS', name: 'Hỗ trợ ứng dụng máy móc thiết bị 1' });
    const { amendmentId, kinds, scale } = await requestAmendment(w.actors.ttkc, request(project.id, { place: 'Thôn Đông', lines: [amendmentLine('480.000.000', '240.000.000', '240.000.000')] }));
    expect(kinds).toEqual(['AMOUNT', 'PLACE']);
    expect(scale).toBe('SMALL');
    await decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('88/QĐ-SCT') }));

    const after = await db.project.findUniqueOrThrow({ where: { id: project.id }, include: { costLines: true } });
    expect(after).toMatchObject({ version: 2, place: 'Thôn Đông', totalCostVnd: 480_000_000n, stateSupportVnd: 240_000_000n, approvedSupportVnd: 240_000_000n, status: 'IN_PROGRESS' });
    expect(after.costLines.map((l) => l.amountVnd)).toEqual([480_000_000n]);

    const detail = await getProjectOrThrow(w.actors.xaA, project.id);
    const amendment = detail.amendments[0]!;
    expect(amendment).toMatchObject({ status: 'APPROVED', fromVersion: 1, decision: { number: '88/QĐ-SCT' } });
    const before = amendment.before as unknown as ProjectSnapshot;
    expect(before.totalCostVnd).toBe('500000000');
    expect(before.costLines[0]!.amountVnd).toBe('500000000');
    const diff = diffSnapshots(before, amendment.after as unknown as ProjectSnapshot);
    expect(diff).toContainEqual({ label: 'Địa điểm', before: '—', after: 'Thôn Đông' });
    expect(diff).toContainEqual({ label: 'Tổng kinh phí', before: formatVnd(500_000_000n), after: formatVnd(480_000_000n) });
    expect(diff).toContainEqual({ label: 'Hỗ trợ được duyệt', before: formatVnd(250_000_000n), after: formatVnd(240_000_000n) });
    const applied = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id, event: 'applyAmendment' } });
    expect(applied.data).toMatchObject({ fromVersion: 1, toVersion: 2 });
    const decided = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Amendment', entityId: amendmentId } });
    expect(decided).toMatchObject({ event: 'approve', fromStatus: 'REQUESTED', toStatus: 'APPROVED', actorId: w.actors.sct.id });
  });

  it('calls a higher total or an extension into next year large, and refuses a second pending request', async () => {
    const project = await createDossierProject(w, { status: 'CONTRACTED', name: 'Hỗ trợ ứng dụng máy móc thiết bị 1' });
    const { scale } = await requestAmendment(w.actors.ttkc, request(project.id, { endDate: '31/03/2027' }));
    expect(scale).toBe('LARGE');
    const second = await requestAmendment(w.actors.ttkc, request(project.id, { place: 'Khác' })).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses an amendment above the norm and one that changes nothing', async () => {
    const project = await createDossierProject(w, { status: 'APPROVED', name: 'Hỗ trợ ứng dụng máy móc thiết bị 1' });
    const above = await requestAmendment(w.actors.ttkc, request(project.id, { lines: [amendmentLine('500.000.000', '320.000.000', '180.000.000')] })).catch((e: unknown) => e);
    expect(above).toBeInstanceOf(AppError);
    expect((above as AppError).message).toContain(`vượt mức chi tối đa ${formatVnd(250_000_000n)}`);
    const same = await requestAmendment(w.actors.ttkc, request(project.id, {})).catch((e: unknown) => e);
    expect(same).toMatchObject({ code: 'VALIDATION', message: 'Chưa có thay đổi nào so với phiên bản hiện tại của đề án.' });
  });

  it('lets the Trung tâm take back a pending request, so that a new one may follow; the approver is told', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS', name: 'Hỗ trợ ứng dụng máy móc thiết bị 1' });
    const { amendmentId } = await requestAmendment(w.actors.ttkc, request(project.id, { place: 'Thôn Bắc (nhầm)' }));
    const otherProvince = await withdrawAmendment(w.actors.ldTtkc, { amendmentId }).catch((e: unknown) => e);
    expect(otherProvince).toMatchObject({ code: 'NOT_FOUND' });
    const approver = await withdrawAmendment(w.actors.sct, { amendmentId }).catch((e: unknown) => e);
    expect(approver).toMatchObject({ code: 'FORBIDDEN' });

    expect(await withdrawAmendment(w.actors.ttkc, { amendmentId })).toEqual({ status: 'WITHDRAWN' });
    const withdrawn = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Amendment', entityId: amendmentId } });
    expect(withdrawn).toMatchObject({ event: 'withdraw', fromStatus: 'REQUESTED', toStatus: 'WITHDRAWN', actorId: w.actors.ttkc.id });
    const told = await db.notification.findFirst({ where: { userId: w.actors.sct.id, title: { contains: `${project.code}: đề nghị điều chỉnh đã được rút` } } });
    expect(told).not.toBeNull();
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ version: 1, place: null });

    const again = await withdrawAmendment(w.actors.ttkc, { amendmentId }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    const decided = await decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('90/QĐ-SCT') })).catch((e: unknown) => e);
    expect(decided).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    // No longer pending: the đề án may have a new request at once.
    await expect(requestAmendment(w.actors.ttkc, request(project.id, { place: 'Thôn Bắc' }))).resolves.toMatchObject({ kinds: ['PLACE'] });
  });

  it('cannot apply a request made from an older version', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS', name: 'Hỗ trợ ứng dụng máy móc thiết bị 1' });
    const { amendmentId } = await requestAmendment(w.actors.ttkc, request(project.id, { place: 'Thôn Tây' }));
    await db.project.update({ where: { id: project.id }, data: { version: 5 } });
    const error = await decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('89/QĐ-SCT') })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((await db.amendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe('REQUESTED');
    await decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: false, note: 'Lập lại theo phiên bản mới' }));
    expect((await db.amendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe('REJECTED');
  });

  it('stops the đề án when a STOP amendment is approved', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    const { amendmentId, kinds, scale } = await requestAmendment(w.actors.ttkc, request(project.id, { stop: true, reason: 'Cơ sở ngừng sản xuất' }));
    expect([kinds, scale]).toEqual([['STOP'], 'LARGE']);
    expect((await decideAmendment(w.actors.ttkc, amendmentDecisionSchema.parse({ amendmentId, approve: false, note: 'x' })).catch((e: unknown) => e)) as AppError).toMatchObject({ code: 'FORBIDDEN' });
    await decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('90/QĐ-UBND') }));
    const stopped = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id, event: 'stop' } });
    expect(stopped).toMatchObject({ fromStatus: 'IN_PROGRESS', toStatus: 'STOPPED', reason: 'Cơ sở ngừng sản xuất' });
  });
});
