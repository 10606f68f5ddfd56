// Issue 10 "What to fix first": a đề án created by the UBND plan decision carries the proposal's
// typed totals and no estimate (KCQG-2027-001 of a demo round: 10.000.000.003 ₫ decided against a
// 300.000.000 ₫ per-facility cap). The decided support is never above the norm without a recorded
// exception; its page checks the decided figures and never calls them within the norm when they are
// not; no contract (so no advance) before an estimate that passes the norm or an exception.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';

import { normVerdict } from '@/lib/domain/money-checks';
import { formatVnd } from '@/lib/domain/money';
import { contractSchema, costLinesSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { recordPlanDecision } from '@/lib/server/plans/record-plan-decision';
import { recordPlanItemNormException } from '@/lib/server/plans/record-plan-item-norm-exception';
import { findProjectNorm } from '@/lib/server/projects/find-project-norm';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { recordNormException } from '@/lib/server/projects/record-norm-exception';
import { replaceCostLines } from '@/lib/server/projects/replace-cost-lines';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';
import { testNow } from '../factories/clock';
import { errorOf } from '../factories/errors';
import { createRound, PLAN_YEAR, pdfFile } from '../factories/plan';
import { createProjectWorld, TT28, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeEach(async () => { w = await freshWorld(createProjectWorld); });

const today = () => new Date(Date.UTC(testNow().getUTCFullYear(), testNow().getUTCMonth(), testNow().getUTCDate()));
const vnToday = () => today().toISOString().slice(0, 10).split('-').reverse().join('/');

/** A round whose budget is agreed, with the Trung tâm's reviewed plan holding one accepted KCQG proposal. */
async function roundWithProposal(figures: { totalCostVnd: bigint; requestedSupportVnd: bigint }) {
  const round = await createRound(w.hp.province.id, w.actors.sct.id, { status: 'BUDGET_APPROVED' });
  const plan = await db.annualPlan.create({
    data: { provinceId: w.hp.province.id, consolidatedPlanId: round.id, year: PLAN_YEAR, organizationId: w.hp.orgs.ttkc.id, status: 'REVIEWED', createdById: w.actors.ttkc.id },
  });
  const item = await db.planItem.create({
    data: {
      annualPlanId: plan.id,
      sortOrder: 1,
      name: 'Hỗ trợ máy sấy bơm nhiệt',
      contentCategoryId: w.categoryId,
      fundingLevel: 'KCQG',
      adminUnitId: w.xaA.id,
      targetQuantity: 1,
      totalCostVnd: figures.totalCostVnd,
      requestedSupportVnd: figures.requestedSupportVnd,
      counterpartVnd: figures.totalCostVnd - figures.requestedSupportVnd,
      review: 'ACCEPTED',
      beneficiaries: { create: [{ facilityId: w.facilityA.id }] },
    },
  });
  return { round, item };
}

const decide = (number: string) =>
  recordPlanDecision(w.actors.sct, { year: PLAN_YEAR, number, issuedOn: today(), issuer: 'UBND thành phố Hải Phòng', signer: 'Nguyễn Văn A', summary: `Phê duyệt kế hoạch khuyến công năm ${PLAN_YEAR}`, file: pdfFile() });

async function pageNorm(projectId: number) {
  return findProjectNorm(w.actors.ttkc, await getProjectOrThrow(w.actors.ttkc, projectId));
}

const line = (cost: string, support: string, counterpart: string) => ({ item: 'Máy sấy bơm nhiệt', unit: 'chiếc', quantity: '1', unitPriceVnd: cost, stateSupportVnd: support, counterpartVnd: counterpart });
const estimate = (projectId: number, cost: string, support: string, counterpart: string) => replaceCostLines(w.actors.ttkc, costLinesSchema.parse({ projectId, lines: [line(cost, support, counterpart)] }));
const contract = (projectId: number, valueVnd: string, supportVnd: string) =>
  signProjectContract(w.actors.ttkc, contractSchema.parse({ projectId, expectedStatus: 'APPROVED', number: `HĐ-${randomUUID().slice(0, 6)}`, signedOn: vnToday(), partyBName: 'Cơ sở gốm A', valueVnd, supportVnd, filedWithTreasury: true }));
const advance = (projectId: number, amountVnd: bigint) => requestPayment(w.actors.ttkc, { projectId, kind: 'ADVANCE', amountVnd, payeeName: 'Cơ sở gốm A', payeeAccount: null, note: null, idempotencyKey: randomUUID() });

describe('a đề án created by the UBND plan decision', () => {
  it('is not created above the norm without an exception: the decision is refused with the figures and nothing is kept', async () => {
    const { round } = await roundWithProposal({ totalCostVnd: 20_000_000_006n, requestedSupportVnd: 10_000_000_003n });
    const error = await errorOf(decide('DEMO-77/QĐ-UBND'));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain('“Hỗ trợ máy sấy bơm nhiệt” được duyệt hỗ trợ 10.000.000.003');
    expect(error.message).toContain(`vượt mức chi tối đa ${formatVnd(300_000_000n)}`);
    expect(error.message).toContain(TT28);
    expect(await db.project.count({ where: { planItemId: { not: null } } })).toBe(0);
    expect(await db.decision.count({ where: { number: 'DEMO-77/QĐ-UBND' } })).toBe(0);
    expect((await db.consolidatedPlan.findUniqueOrThrow({ where: { id: round.id } })).status).toBe('BUDGET_APPROVED');
  });

  it('carries the exception recorded on the proposal; its page says "over the norm" with the exception, never "within"', async () => {
    const { item } = await roundWithProposal({ totalCostVnd: 20_000_000_006n, requestedSupportVnd: 10_000_000_003n });
    await recordPlanItemNormException(w.actors.sct, { itemId: item.id, note: 'Chấp thuận theo văn bản DEMO-88/UBND-KT' });
    await decide('DEMO-78/QĐ-UBND');
    const project = await db.project.findUniqueOrThrow({ where: { planItemId: item.id } });
    expect(project).toMatchObject({ status: 'APPROVED', approvedSupportVnd: 10_000_000_003n, normExceptionNote: 'Chấp thuận theo văn bản DEMO-88/UBND-KT' });
    const norm = await pageNorm(project.id);
    expect(norm.basis).toBe('proposal');
    expect(normVerdict(norm.check!)).toBe('over');
    expect(norm.check!.violations[0]!.message).toContain(`Hỗ trợ ${formatVnd(10_000_000_003n)} cho cơ sở Cơ sở gốm A vượt mức chi tối đa ${formatVnd(300_000_000n)}`);
  });

  it('is checked on its decided support until its estimate exists, then on the estimate', async () => {
    const { item } = await roundWithProposal({ totalCostVnd: 1_000_000_000n, requestedSupportVnd: 300_000_000n });
    await decide('DEMO-79/QĐ-UBND');
    const project = await db.project.findUniqueOrThrow({ where: { planItemId: item.id } });
    const before = await pageNorm(project.id);
    expect({ basis: before.basis, verdict: normVerdict(before.check!) }).toEqual({ basis: 'proposal', verdict: 'within' });
    await estimate(project.id, '1.000.000.000', '300.000.001', '699.999.999');
    const after = await pageNorm(project.id);
    expect({ basis: after.basis, verdict: normVerdict(after.check!) }).toEqual({ basis: 'estimate', verdict: 'over' });
  });

  it('gets no contract and no advance before an estimate within the norm (or an exception); the approved amount only comes down to it', async () => {
    const { item } = await roundWithProposal({ totalCostVnd: 1_000_000_000n, requestedSupportVnd: 300_000_000n });
    await decide('DEMO-80/QĐ-UBND');
    const project = await db.project.findUniqueOrThrow({ where: { planItemId: item.id } });

    expect((await errorOf(contract(project.id, '1.000.000.000', '300.000.000'))).message).toMatch(/chưa có dự toán chi tiết/);
    expect((await errorOf(advance(project.id, 1_000_000n))).code).toBe('ILLEGAL_TRANSITION');

    // An estimate above the norm: refused at contract, with the figures, until an exception is recorded.
    await estimate(project.id, '800.000.000', '350.000.000', '450.000.000');
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).approvedSupportVnd).toBe(300_000_000n);
    const over = await errorOf(contract(project.id, '800.000.000', '300.000.000'));
    expect(over.code).toBe('LIMIT_EXCEEDED');
    expect(over.message).toContain(`Hỗ trợ ${formatVnd(350_000_000n)} cho cơ sở Cơ sở gốm A vượt mức chi tối đa ${formatVnd(300_000_000n)}`);
    expect(await db.contract.count({ where: { projectId: project.id } })).toBe(0);

    // An estimate below the decision lowers the approved support to it, never raises it.
    await estimate(project.id, '500.000.000', '250.000.000', '250.000.000');
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).approvedSupportVnd).toBe(250_000_000n);
    expect((await errorOf(contract(project.id, '500.000.000', '250.000.001'))).message).toContain(`vượt mức được phê duyệt ${formatVnd(250_000_000n)}`);
    await contract(project.id, '500.000.000', '250.000.000');
    expect((await advance(project.id, 1_000_000n)).created).toBe(true);
  });

  it('may take a norm exception until its contract (a đề án approved on its own estimate may not)', async () => {
    const { item } = await roundWithProposal({ totalCostVnd: 1_000_000_000n, requestedSupportVnd: 300_000_000n });
    await decide('DEMO-81/QĐ-UBND');
    const project = await db.project.findUniqueOrThrow({ where: { planItemId: item.id } });
    await estimate(project.id, '800.000.000', '350.000.000', '450.000.000');
    await recordNormException(w.actors.sct, { projectId: project.id, note: 'Chấp thuận theo văn bản DEMO-12/SCT-KHTC' });
    await contract(project.id, '800.000.000', '300.000.000');
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('CONTRACTED');

    const approved = await db.project.findUniqueOrThrow({ where: { id: w.projectB.id } });
    expect(approved).toMatchObject({ status: 'APPROVED', planItemId: null });
    expect((await errorOf(recordNormException(w.actors.sct, { projectId: approved.id, note: 'Sau phê duyệt' }))).code).toBe('ILLEGAL_TRANSITION');
  });
});
