// The whole yearly round on a real database: a xã sends its plan, it comes back with a comment,
// goes again, is consolidated, Sở Tài chính lowers one amount, the decision is recorded and the
// đề án exist with the approved amounts.
import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/lib/server/db';
import { approveBudget } from '@/lib/server/plans/approve-budget';
import { closeRegistration } from '@/lib/server/plans/close-registration';
import { createPlan } from '@/lib/server/plans/create-plan';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { getPlanOrThrow } from '@/lib/server/plans/get-plan';
import { markPlanReviewed } from '@/lib/server/plans/mark-plan-reviewed';
import { recordPlanDecision } from '@/lib/server/plans/record-plan-decision';
import { returnPlan } from '@/lib/server/plans/return-plan';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { saveBudgetAppraisal } from '@/lib/server/plans/save-budget-appraisal';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { sendPlanToFinance } from '@/lib/server/plans/send-plan-to-finance';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { createPlanWorld, errorOf, itemInput, PLAN_YEAR, pdfFile, type PlanWorld } from '../factories/plan';
import { testNow, thisYear } from '../factories/clock';
import { freshWorld } from '../factories/world';

let w: PlanWorld;

beforeAll(async () => { w = await freshWorld(createPlanWorld); });

async function notificationsOf(userId: number) {
  return db.notification.findMany({ where: { userId }, orderBy: { id: 'asc' } });
}

// One round, in named steps that share its records: a failing step names the stage that broke.
describe.sequential('the yearly plan, from xã registration to approved đề án', () => {
  let plan: Awaited<ReturnType<typeof createPlan>>;
  let machine: Awaited<ReturnType<typeof savePlanItem>>;
  let fair: Awaited<ReturnType<typeof savePlanItem>>;
  const actors = () => w.actors;

  it('1. the xã starts its plan, proposes two đề án (KCĐP and KCQG) and sends it; the Trung tâm is told', async () => {
    const { xaA, ttkc } = actors();
    plan = await createPlan(xaA, PLAN_YEAR);
    expect(plan).toMatchObject({ status: 'DRAFT', organizationId: w.ubndA.id, adminUnitId: w.xaA.id });
    machine = await savePlanItem(xaA, itemInput(plan.id, w));
    fair = await savePlanItem(
      xaA,
      itemInput(plan.id, w, {
        name: 'Gian hàng hội chợ CNNT phía Bắc',
        fundingLevel: 'KCQG',
        programmeTargetId: w.programme.targets.fairs.id,
        targetQuantity: 2,
        totalCostVnd: 100_000_000n,
        requestedSupportVnd: 60_000_000n,
        counterpartVnd: 30_000_000n,
        otherFundingVnd: 10_000_000n,
        facilityIds: [],
      }),
    );
    expect((await submitPlan(xaA, plan.id)).version).toBe(1);
    const ttkcInbox = await notificationsOf(ttkc.id);
    expect(ttkcInbox.at(-1)?.title).toContain(`UBND xã Nam Sách đã gửi kế hoạch khuyến công năm ${PLAN_YEAR}`);

  });

  it('2. the Trung tâm accepts the fair and returns the machine with a comment the xã reads', async () => {
    const { xaA, ttkc } = actors();
    await reviewPlanItem(ttkc, { itemId: fair.id, decision: 'ACCEPTED', comment: null });
    await reviewPlanItem(ttkc, { itemId: machine.id, decision: 'RETURNED', comment: 'Vốn đối ứng chưa có cam kết của cơ sở' });
    const pending = await errorOf(markPlanReviewed(ttkc, plan.id));
    expect(pending.message).toContain('Còn 1 đề xuất chưa chấp nhận hoặc từ chối');
    await returnPlan(ttkc, { planId: plan.id, reason: 'Bổ sung cam kết vốn đối ứng' });
    const returned = await getPlanOrThrow(xaA, plan.id);
    expect(returned.plan.status).toBe('RETURNED');
    expect(returned.canEdit).toBe(true);
    expect((await notificationsOf(xaA.id)).at(-1)?.body).toContain('Vốn đối ứng chưa có cam kết của cơ sở');

  });

  it('3. the xã fixes the returned proposal (the accepted one is settled) and sends again; the change is shown', async () => {
    const { xaA, ttkc } = actors();
    const locked = await errorOf(savePlanItem(xaA, { ...itemInput(plan.id, w), itemId: fair.id, name: 'Đổi tên' }));
    expect(locked.message).toContain('đã được xem xét');
    await savePlanItem(xaA, itemInput(plan.id, w, { itemId: machine.id, requestedSupportVnd: 280_000_000n, counterpartVnd: 720_000_000n }));
    expect((await submitPlan(xaA, plan.id)).version).toBe(2);
    const resent = await getPlanOrThrow(ttkc, plan.id);
    expect(resent.items.find((i) => i.id === machine.id)?.review).toBe('PENDING');
    expect(resent.diff).toEqual([
      {
        kind: 'changed',
        itemId: machine.id,
        name: 'Hỗ trợ máy ép gạch không nung',
        changes: [
          { label: 'Kinh phí đề nghị hỗ trợ', before: '300.000.000\u00a0₫', after: '280.000.000\u00a0₫' },
          { label: 'Vốn đối ứng', before: '700.000.000\u00a0₫', after: '720.000.000\u00a0₫' },
        ],
      },
    ]);

  });

  it('4. review finished, registration closed, totals consolidated from accepted proposals, sent to Sở Tài chính', async () => {
    const { ttkc, sct, stc } = actors();
    await reviewPlanItem(ttkc, { itemId: machine.id, decision: 'ACCEPTED', comment: null });
    await markPlanReviewed(ttkc, plan.id);
    await closeRegistration(sct, PLAN_YEAR);
    const consolidation = await getConsolidationOrThrow(sct, PLAN_YEAR);
    expect(consolidation.totals.bySource.KCDP.totals).toMatchObject({ items: 1, requestedSupportVnd: 280_000_000n });
    expect(consolidation.totals.bySource.KCQG.totals).toMatchObject({ items: 1, requestedSupportVnd: 60_000_000n });
    expect(consolidation.totals.bySource.KCDP.byArea.map((a) => a.label)).toEqual(['Phía Tây']);
    await sendPlanToFinance(sct, PLAN_YEAR);
    expect((await notificationsOf(stc.id)).at(-1)?.title).toContain('để thẩm định kinh phí');

  });

  it('5. Sở Tài chính lowers the KCĐP amount within a ceiling and agrees the estimate', async () => {
    const { stc } = actors();
    const saved = await saveBudgetAppraisal(stc, {
      year: PLAN_YEAR,
      budgetCeilingVnd: 500_000_000n,
      items: [{ itemId: machine.id, approvedSupportVnd: 250_000_000n, comment: `Cân đối ngân sách năm ${PLAN_YEAR}` }],
    });
    expect(saved).toMatchObject({ approvedTotalVnd: 250_000_000n, warning: null });
    await approveBudget(stc, PLAN_YEAR);

  });

  it('6. the SCT records the UBND decision: the đề án are created with the approved amounts, audited', async () => {
    const { xaA, ttkc, sct } = actors();
    const result = await recordPlanDecision(sct, {
      year: PLAN_YEAR,
      number: '456/QĐ-UBND',
      issuedOn: new Date(Date.UTC(thisYear(), testNow().getUTCMonth(), testNow().getUTCDate())),
      issuer: 'UBND thành phố Hải Phòng',
      signer: 'Nguyễn Văn A',
      summary: `Phê duyệt kế hoạch khuyến công năm ${PLAN_YEAR}`,
      file: pdfFile(),
    });
    expect(result.projects).toHaveLength(2);
    const round = await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id }, include: { decision: { include: { document: true } } } });
    expect(round.status).toBe('DECIDED');
    expect(round.decision).toMatchObject({ kind: 'PLAN_APPROVAL', number: '456/QĐ-UBND' });
    expect(round.decision?.document?.mimeType).toBe('application/pdf');

    const projects = await db.project.findMany({ where: { year: PLAN_YEAR }, include: { beneficiaries: true }, orderBy: { code: 'asc' } });
    const local = projects.find((p) => p.planItemId === machine.id)!;
    const national = projects.find((p) => p.planItemId === fair.id)!;
    expect(local).toMatchObject({
      code: `KCĐP-${PLAN_YEAR}-001`,
      status: 'APPROVED',
      regime: 'ND235_2025',
      fundingLevel: 'KCDP',
      approvedSupportVnd: 250_000_000n,
      stateSupportVnd: 280_000_000n,
      counterpartVnd: 720_000_000n,
      totalCostVnd: 1_000_000_000n,
      programmeTargetId: w.programme.targets.machinery.id,
      targetQuantity: 1,
      adminUnitId: w.xaA.id,
      implementingOrgId: w.hp.orgs.ttkc.id,
      approvalDecisionId: round.decisionId,
    });
    expect(local.beneficiaries.map((b) => b.facilityId)).toEqual([w.facilityA.id]);
    // KCQG: the ministry decides; the đề án keeps the request until it does.
    expect(national).toMatchObject({ code: `KCQG-${PLAN_YEAR}-001`, approvedSupportVnd: 60_000_000n, otherFundingVnd: 10_000_000n });

    const audits = await db.auditEvent.findMany({ where: { entityType: 'Project', event: 'createFromPlan' } });
    expect(audits.map((a) => a.entityId).sort()).toEqual(projects.map((p) => p.id).sort());
    expect(audits.map((a) => [a.toStatus, a.actorId])).toEqual(audits.map(() => ['APPROVED', sct.id]));

  });

  it('7. every status change of the plan and the round left an audit row with who and from → to', async () => {
    const { ttkc } = actors();
    const planTrail = await db.auditEvent.findMany({ where: { entityType: 'AnnualPlan', entityId: plan.id, toStatus: { not: null } }, orderBy: { id: 'asc' } });
    expect(planTrail.map((a) => `${a.fromStatus ?? ''}>${a.toStatus}`)).toEqual(['>DRAFT', 'DRAFT>SUBMITTED', 'SUBMITTED>RETURNED', 'RETURNED>SUBMITTED', 'SUBMITTED>REVIEWED']);
    const roundTrail = await db.auditEvent.findMany({ where: { entityType: 'ConsolidatedPlan', entityId: w.round.id, toStatus: { not: null } }, orderBy: { id: 'asc' } });
    expect(roundTrail.map((a) => a.event)).toEqual(['closeRegistration', 'sendToFinance', 'approveBudget', 'recordDecision']);
    expect((await notificationsOf(ttkc.id)).at(-1)?.title).toContain('đã được phê duyệt (456/QĐ-UBND)');
  });
});
