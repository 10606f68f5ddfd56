// Periodic reports by xã: figures prefilled from records, sent to Sở Công Thương, returned with a
// comment, resent, accepted — each step through the lifecycle with an audit row; and who is late.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createPeriodicReport } from '@/lib/server/reports/periodic/create-periodic-report';
import { findMissingReports } from '@/lib/server/reports/periodic/find-missing-reports';
import { getPeriodicReport } from '@/lib/server/reports/periodic/get-periodic-report';
import { reviewPeriodicReport } from '@/lib/server/reports/periodic/review-periodic-report';
import { savePeriodicReport } from '@/lib/server/reports/periodic/save-periodic-report';
import { submitPeriodicReport } from '@/lib/server/reports/periodic/submit-periodic-report';
import { withdrawPeriodicReport } from '@/lib/server/reports/periodic/withdraw-periodic-report';
import { codeOf } from '../factories/errors';
import { createActor, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
let xaA: Awaited<ReturnType<typeof createActor>>;

beforeAll(async () => {
  w = await freshWorld(createWorld);
  const hp = w.hp.province.id;
  const ubndA = await db.organization.create({ data: { provinceId: hp, kind: 'UBND_XA', name: 'UBND xã Nam Sách', adminUnitId: w.xaA.id } });
  await db.organization.create({ data: { provinceId: hp, kind: 'UBND_XA', name: 'UBND xã Vĩnh Bảo', adminUnitId: w.xaB.id } });
  xaA = await createActor('XA_OFFICER', { provinceId: hp, organizationId: ubndA.id, adminUnitId: w.xaA.id });
});

describe('a xã reports for a quarter', () => {
  it('fills, sends, is returned with a comment, resends, and is accepted', async () => {
    const { id } = await createPeriodicReport(xaA, { kind: 'QUARTERLY', year: 2026, period: 3 });
    // Opening the same period again gives the same report.
    expect((await createPeriodicReport(xaA, { kind: 'QUARTERLY', year: 2026, period: 3 })).id).toBe(id);
    const draft = await getPeriodicReport(xaA, id);
    // The world's đề án in Nam Sách (2026, in progress, 300.000.000 đ approved) is prefilled.
    expect(draft.figures).toMatchObject({ year: 2026, projects: '1', stateSupportVnd: '300000000' });
    expect(draft.canEdit).toBe(true);

    expect(await codeOf(submitPeriodicReport(xaA, id))).toBe('VALIDATION'); // no results written yet
    await savePeriodicReport(xaA, { reportId: id, results: 'Hoàn thành 1 đề án máy móc.', difficulties: '', proposals: '' });
    await submitPeriodicReport(xaA, id);
    expect(await codeOf(reviewPeriodicReport(w.actors.sct, { reportId: id, decision: 'return', comment: '' }))).toBe('VALIDATION');
    await reviewPeriodicReport(w.actors.sct, { reportId: id, decision: 'return', comment: 'Bổ sung khó khăn.' });
    const returned = await getPeriodicReport(xaA, id);
    expect([returned.status, returned.reviewComment, returned.canEdit]).toEqual(['RETURNED', 'Bổ sung khó khăn.', true]);

    await savePeriodicReport(xaA, { reportId: id, results: 'Hoàn thành 1 đề án máy móc.', difficulties: 'Thiếu vốn đối ứng.', proposals: '' });
    await submitPeriodicReport(xaA, id);
    expect(await codeOf(reviewPeriodicReport(xaA, { reportId: id, decision: 'accept' }))).toBe('FORBIDDEN');
    await reviewPeriodicReport(w.actors.sct, { reportId: id, decision: 'accept' });
    expect((await getPeriodicReport(w.actors.sct, id)).status).toBe('ACCEPTED');
    expect(await codeOf(savePeriodicReport(xaA, { reportId: id, results: 'sửa', difficulties: '', proposals: '' }))).toBe('CONFLICT');

    const audit = await db.auditEvent.findMany({ where: { entityType: 'PeriodicReport', entityId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.event, a.toStatus])).toEqual([
      ['create', 'DRAFT'], ['submit', 'SUBMITTED'], ['return', 'RETURNED'], ['submit', 'SUBMITTED'], ['accept', 'ACCEPTED'],
    ]);
  });

  it('takes a sent report back to correct it, until Sở Công Thương has reviewed it', async () => {
    const { id } = await createPeriodicReport(xaA, { kind: 'QUARTERLY', year: 2026, period: 2 });
    await savePeriodicReport(xaA, { reportId: id, results: 'Hoàn thành 1 đề án (số liệu nhầm).', difficulties: '', proposals: '' });
    await submitPeriodicReport(xaA, id);
    expect((await getPeriodicReport(xaA, id)).events).toEqual(['withdraw']);
    // Sở Công Thương reviews; it does not take back another unit's report.
    expect((await getPeriodicReport(w.actors.sct, id)).events).toEqual(['return', 'accept']);
    expect(await codeOf(withdrawPeriodicReport(w.actors.sct, id))).toBe('FORBIDDEN');

    await withdrawPeriodicReport(xaA, id);
    const draft = await getPeriodicReport(xaA, id);
    expect([draft.status, draft.submittedAt, draft.canEdit]).toEqual(['DRAFT', null, true]);
    await savePeriodicReport(xaA, { reportId: id, results: 'Hoàn thành 1 đề án máy móc.', difficulties: '', proposals: '' });
    await submitPeriodicReport(xaA, id);
    await reviewPeriodicReport(w.actors.sct, { reportId: id, decision: 'accept' });
    expect(await codeOf(withdrawPeriodicReport(xaA, id))).toBe('ILLEGAL_TRANSITION');
    const audit = await db.auditEvent.findMany({ where: { entityType: 'PeriodicReport', entityId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.event, a.fromStatus, a.toStatus])).toEqual([
      ['create', null, 'DRAFT'], ['submit', 'DRAFT', 'SUBMITTED'], ['withdraw', 'SUBMITTED', 'DRAFT'], ['submit', 'DRAFT', 'SUBMITTED'], ['accept', 'SUBMITTED', 'ACCEPTED'],
    ]);
  });

  it('lists the xã that did not report, and how late', async () => {
    const { missing, delivered, dueOn } = await findMissingReports(w.actors.sct, { kind: 'QUARTERLY', year: 2026, period: 3 }, new Date('2026-10-20T08:00:00+07:00'));
    expect(dueOn.toISOString().slice(0, 10)).toBe('2026-10-10');
    expect(delivered.map((d) => d.name)).toEqual(['xã Nam Sách']);
    expect(missing.map((m) => [m.name, m.daysLate])).toEqual([['xã Vĩnh Bảo', 10]]);
    expect(await codeOf(findMissingReports(xaA, { kind: 'QUARTERLY', year: 2026, period: 3 }))).toBe('FORBIDDEN');
  });

  it('keeps another xã and another province out', async () => {
    const { id } = await createPeriodicReport(xaA, { kind: 'YEARLY', year: 2026, period: 0 });
    const xaB = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaB.id });
    expect(await codeOf(getPeriodicReport(xaB, id))).toBe('NOT_FOUND');
    expect(await codeOf(getPeriodicReport(w.actors.ldTtkc, id))).toBe('NOT_FOUND');
  });
});
