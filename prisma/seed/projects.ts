// Builds đề án from compact specs (projects-hp.ts, lam-dong.ts): amounts are computed from the cost
// lines, statuses are replayed through PROJECT_LIFECYCLE (so every audit row is a legal step), and
// the money is checked against the seeded norms and the approved support before anything is written.
import type { Prisma } from '../generated/client/client';
import { sumVnd } from '../../lib/domain/money';
import type { ProjectSnapshot } from '../../lib/domain/project-amendment';
import { snapshotOf } from '../../lib/domain/project-snapshot';
import { APPRAISAL_CRITERIA } from '../../lib/domain/project-appraisal';
import { insertPayments, insertRepayments, planPayments, type PlannedPayment, type PlannedRepayment } from './project-money';
import {
  assertWithinNorms,
  buildLines,
  clock,
  contractParties,
  decisionKey,
  FILING_THRESHOLD,
  numberContracts,
  replaySteps,
  SCT_EVENTS,
  STAFF,
  totalsOf,
} from './project-plan';
import { type DecisionSpec, type ProjectContext, type ProjectSpec } from './project-spec';
import type { SeedTx } from './types';
import { at, day, demoDecisionNumber, need } from './util';

/** Inserts the đề án and everything that hangs off them. Returns "HP:KCĐP-2026-001" → id. */
export async function seedProjects(tx: SeedTx, ctx: ProjectContext, specs: readonly ProjectSpec[]): Promise<Map<string, number>> {
  const user = (username: string) => need(ctx.users, username, 'user');
  const facility = (key: string) => need(ctx.facilities, key, 'facility');

  // 1. Decisions (several đề án may share one).
  const decisions = new Map<string, { provinceId: number; kind: 'PROJECT_APPROVAL' | 'SETTLEMENT_APPROVAL'; number: string; issuedOn: Date; issuer: string; signer: string; signerTitle: string; legalBasis: string | null; summary: string; recordedById: number }>();
  const addDecision = (spec: ProjectSpec, kind: 'PROJECT_APPROVAL' | 'SETTLEMENT_APPROVAL', invented: DecisionSpec, issuedOn: string) => {
    const d = { ...invented, number: demoDecisionNumber(invented.number) };
    const provinceId = ctx.provinces[spec.province];
    const key = decisionKey(provinceId, d.number, issuedOn);
    if (!decisions.has(key)) {
      const verb = kind === 'PROJECT_APPROVAL' ? 'Phê duyệt đề án' : 'Phê duyệt quyết toán đề án';
      decisions.set(key, {
        provinceId,
        kind,
        number: d.number,
        issuedOn: day(issuedOn),
        issuer: d.issuer,
        signer: d.signer,
        signerTitle: d.signerTitle,
        legalBasis: d.legalBasis ?? null,
        summary: d.summary ?? `${verb} ${spec.code}: ${spec.name}`,
        recordedById: user(STAFF[spec.province].sct),
      });
    }
    return key;
  };

  const planned = specs.map((spec) => {
    const steps = replaySteps(spec);
    const lines = buildLines(spec);
    const totals = totalsOf(lines);
    assertWithinNorms(spec, lines);
    const approvedStep = steps.find((s) => s.event === 'approve');
    const approvedSupportVnd = approvedStep ? (spec.approvedSupportVnd ?? totals.stateSupportVnd) : null;
    if (approvedSupportVnd !== null && approvedSupportVnd > totals.stateSupportVnd) throw new Error(`seed ${spec.code}: approved above the state support`);
    if (approvedStep && !spec.approval) throw new Error(`seed ${spec.code}: approved without a decision`);
    const approvalKey = approvedStep && spec.approval ? addDecision(spec, 'PROJECT_APPROVAL', spec.approval, approvedStep.date) : null;
    const settlementKey = spec.settlement?.decision ? addDecision(spec, 'SETTLEMENT_APPROVAL', spec.settlement.decision, spec.settlement.decision.issuedOn) : null;
    return { spec, steps, lines, totals, approvedSupportVnd, approvalKey, settlementKey };
  });

  const decisionRows = [...decisions.values()];
  const createdDecisions = decisionRows.length
    ? await tx.decision.createManyAndReturn({ data: decisionRows, select: { id: true, provinceId: true, number: true, issuedOn: true } })
    : [];
  const decisionIds = new Map(createdDecisions.map((d) => [decisionKey(d.provinceId!, d.number, d.issuedOn.toISOString().slice(0, 10)), d.id]));

  // 2. The đề án themselves.
  const created = await tx.project.createManyAndReturn({
    data: planned.map(({ spec, steps, totals, approvedSupportVnd, approvalKey }) => {
      const accepted = steps.some((s) => s.event === 'acceptancePassed');
      const last = steps.at(-1)?.date ?? spec.created;
      return {
        provinceId: ctx.provinces[spec.province],
        code: spec.code,
        name: spec.name,
        year: spec.year,
        fundingLevel: spec.fundingLevel,
        contentCategoryId: need(ctx.categories, spec.category, 'content category'),
        programmeTargetId: spec.target ? need(ctx.targets, spec.target, 'programme target') : null,
        targetQuantity: spec.target ? (spec.targetQuantity ?? spec.beneficiaries.length) : null,
        implementingOrgId: need(ctx.orgs, STAFF[spec.province].ttkcOrg, 'organization'),
        adminUnitId: spec.xa ? need(ctx.units[spec.province], spec.xa, 'admin unit') : null,
        place: spec.place,
        status: spec.status,
        regime: spec.regime,
        isGroup: spec.isGroup ?? false,
        isRecoverable: spec.isRecoverable ?? false,
        priorityArea: spec.priorityArea ?? false,
        description: spec.description,
        expectedOutputs: spec.expectedOutputs,
        startDate: spec.startDate ? day(spec.startDate) : null,
        endDate: spec.endDate ? day(spec.endDate) : null,
        ...totals,
        approvedSupportVnd,
        normExceptionNote: spec.normExceptionNote ?? null,
        approvalDecisionId: approvalKey ? need(decisionIds, approvalKey, 'decision') : null,
        deliveredQuantity: accepted ? (spec.deliveredQuantity ?? spec.beneficiaries.length) : null,
        progressPercent: spec.progressPercent ?? (accepted || spec.status === 'UNDER_ACCEPTANCE' ? 100 : spec.status === 'CONTRACTED' ? 0 : null),
        createdById: user(STAFF[spec.province].ttkc),
        createdAt: at(spec.created, '08:00'),
        updatedAt: at(last, '17:00'),
      };
    }),
    select: { id: true, code: true, provinceId: true },
  });
  const projectIds = new Map(created.map((p) => [`${p.provinceId}:${p.code}`, p.id]));
  const result = new Map<string, number>();
  for (const { spec } of planned) result.set(`${spec.province}:${spec.code}`, need(projectIds, `${ctx.provinces[spec.province]}:${spec.code}`, 'project'));
  const idOf = (spec: ProjectSpec) => result.get(`${spec.province}:${spec.code}`)!;

  // 3. Everything hanging off a đề án, gathered then written with one createMany per table.
  const beneficiaries: Prisma.ProjectBeneficiaryCreateManyInput[] = [];
  const costLines: Prisma.CostLineCreateManyInput[] = [];
  const appraisals: Prisma.AppraisalCreateManyInput[] = [];
  const contracts: Prisma.ContractCreateManyInput[] = [];
  const acceptances: Prisma.AcceptanceCreateManyInput[] = [];
  const pendingAmendments: { spec: ProjectSpec; projectId: number; requestedById: number }[] = [];
  const settlements: Prisma.SettlementCreateManyInput[] = [];
  const liquidations: Prisma.LiquidationCreateManyInput[] = [];
  const refunds: Prisma.RefundCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const payments: PlannedPayment[] = [];
  const repayments: PlannedRepayment[] = [];
  const contractNumbers = numberContracts(
    planned.map(({ spec, steps, lines }) => ({ spec, parties: contractParties(spec, lines), signedOn: steps.find((s) => s.event === 'signContract')?.date })),
  );

  for (const { spec, steps, lines, totals, approvedSupportVnd, settlementKey } of planned) {
    const projectId = idOf(spec);
    const provinceId = ctx.provinces[spec.province];
    const staff = STAFF[spec.province];
    const linesOf = (key: string) => lines.filter((l) => l.facilityKey === key);

    for (const b of spec.beneficiaries) {
      const own = totalsOf(linesOf(b.facility));
      beneficiaries.push({ projectId, facilityId: facility(b.facility).id, equipment: b.equipment ?? null, supportVnd: own.stateSupportVnd, counterpartVnd: own.counterpartVnd });
    }
    for (const l of lines) {
      const { facilityKey, ...line } = l;
      costLines.push({ projectId, ...line, facilityId: facilityKey ? facility(facilityKey).id : null });
    }

    steps.forEach((step, i) => {
      const actor = SCT_EVENTS.has(step.event) ? staff.sct : staff.ttkc;
      let data: Record<string, string | string[]> | undefined;
      if (step.event === 'appraisePass' || step.event === 'appraiseFail') {
        const failed = new Set(spec.appraisalFailed ?? []);
        appraisals.push({
          projectId,
          checklist: Object.fromEntries(APPRAISAL_CRITERIA.map((c) => [c.key, !failed.has(c.key)])),
          councilMembers: 'Hội đồng thẩm định Sở Công Thương: lãnh đạo Sở (Chủ tịch), Phòng Quản lý công nghiệp, Trung tâm Khuyến công, đại diện UBND xã',
          opinion: spec.appraisalOpinion ?? (step.event === 'appraisePass' ? 'Đề án phù hợp chương trình, hồ sơ đầy đủ; đề nghị phê duyệt.' : step.reason!),
          recommendedSupportVnd: step.event === 'appraisePass' ? (spec.approvedSupportVnd ?? totalsOf(lines).stateSupportVnd) : null,
          result: step.event === 'appraisePass' ? ('PASS' as const) : ('FAIL' as const),
          appraisedById: user(staff.sct),
          appraisedAt: at(step.date, clock(i)),
        });
      }
      if (step.event === 'approve' && spec.approval) data = { decisionNumber: demoDecisionNumber(spec.approval.number) };
      if (step.event === 'signContract') {
        const parties = contractParties(spec, lines);
        const numbers: string[] = [];
        for (const key of parties) {
          const own = totalsOf(linesOf(key).length ? linesOf(key) : lines);
          const number = need(contractNumbers, `${spec.province}:${spec.code}:${key}`, 'contract number');
          numbers.push(number);
          const f = facility(key);
          contracts.push({
            projectId,
            number,
            signedOn: day(step.date),
            partyAOrgId: need(ctx.orgs, staff.ttkcOrg, 'organization'),
            facilityId: f.id,
            partyBName: f.name,
            valueVnd: own.totalCostVnd,
            supportVnd: own.stateSupportVnd,
            startDate: day(spec.startDate ?? step.date),
            endDate: spec.endDate ? day(spec.endDate) : null,
            filedWithTreasury: spec.contractFiledWithTreasury ?? own.totalCostVnd > FILING_THRESHOLD,
            createdAt: at(step.date, clock(i)),
          });
        }
        data = { contracts: numbers };
      }
      audits.push({
        provinceId,
        actorId: user(actor),
        entityType: 'Project',
        entityId: projectId,
        event: step.event,
        fromStatus: step.from,
        toStatus: step.to,
        reason: step.reason,
        data,
        createdAt: at(step.date, clock(i)),
      });
    });

    // Acceptance: one per supported facility (per facility in a group đề án).
    const requested = steps.find((s) => s.event === 'requestAcceptance');
    const passed = steps.find((s) => s.event === 'acceptancePassed');
    if (requested) {
      const pending = spec.pendingAcceptance;
      if (!passed && !pending) throw new Error(`seed ${spec.code}: under acceptance without a pending acceptance`);
      const parties = spec.beneficiaries.filter((b) => linesOf(b.facility).length > 0);
      for (const b of parties) {
        const own = totalsOf(linesOf(b.facility));
        acceptances.push({
          projectId,
          facilityId: facility(b.facility).id,
          scheduledOn: day(passed ? passed.date : pending!.scheduledOn),
          heldOn: passed ? day(passed.date) : null,
          councilMembers: `Sở Công Thương, Trung tâm Khuyến công, UBND cấp xã nơi thực hiện, đại diện ${facility(b.facility).name}`,
          status: passed ? ('PASSED' as const) : pending!.status,
          deliveredQuantity: passed ? (parties.length === 1 ? (spec.deliveredQuantity ?? 1) : 1) : null,
          acceptedValueVnd: passed ? own.totalCostVnd : null,
          notes: passed ? 'Đạt: khối lượng, chủng loại và chất lượng đúng hợp đồng; hồ sơ nghiệm thu đầy đủ.' : null,
          createdAt: at(requested.date, '15:00'),
        });
      }
    }

    // Tạm ứng / thanh toán, never above the approved support.
    const treasuryOrgId = staff.treasuryOrg ? need(ctx.orgs, staff.treasuryOrg, 'organization') : null;
    payments.push(...planPayments(spec, { projectId, provinceId, treasuryOrgId }, approvedSupportVnd, facility(spec.beneficiaries[0]!.facility), user));

    // Thanh lý and quyết toán freeze the money position as the portal does (lib/server/settlements).
    const paidOf = (kind: 'ADVANCE' | 'PAYMENT') => sumVnd(payments.filter((p) => p.row.projectId === projectId && p.row.status === 'PAID' && p.row.kind === kind).map((p) => p.row.amountVnd));
    const disbursedVnd = paidOf('ADVANCE') + paidOf('PAYMENT');
    // Spending disallowed at settlement: the acceptance accepted less, so its eligible share is the
    // approved support less the disallowed amount, and the beneficiary paid that back (nộp trả).
    const disallowedVnd = spec.settlement?.disallowedVnd ?? 0n;
    if (disallowedVnd > 0n) {
      const passed = acceptances.filter((a) => a.projectId === projectId && a.status === 'PASSED');
      if (passed.length !== 1 || approvedSupportVnd === null || totals.stateSupportVnd === 0n) throw new Error(`seed ${spec.code}: a disallowed amount needs one passed acceptance`);
      const eligible = approvedSupportVnd - disallowedVnd;
      // The smallest accepted value whose state share (rounded down) is exactly `eligible`.
      passed[0]!.acceptedValueVnd = (eligible * totals.totalCostVnd + totals.stateSupportVnd - 1n) / totals.stateSupportVnd;
      refunds.push({ provinceId, projectId, amountVnd: disallowedVnd, documentNumber: `GNT-${spec.settlement!.created.slice(0, 4)}/${String(projectId).padStart(3, '0')}`, paidOn: day(spec.settlement!.created), note: spec.settlement!.note ?? null, recordedById: user(staff.ttkc), createdAt: at(spec.settlement!.created, '09:00') });
    }
    const acceptedVnd = sumVnd(acceptances.filter((a) => a.projectId === projectId && a.status === 'PASSED').map((a) => BigInt(a.acceptedValueVnd ?? 0n)));
    const liquidated = steps.find((s) => s.event === 'liquidate');
    if (liquidated) {
      if (approvedSupportVnd === null) throw new Error(`seed ${spec.code}: liquidation without approval`);
      liquidations.push({
        projectId,
        minutesNumber: `${String(liquidations.length + 1).padStart(2, '0')}/BBTL-TTKC`,
        signedOn: day(liquidated.date),
        acceptedValueVnd: acceptedVnd,
        paidVnd: disbursedVnd,
        dueVnd: approvedSupportVnd - disallowedVnd > disbursedVnd ? approvedSupportVnd - disallowedVnd - disbursedVnd : 0n,
        toRefundVnd: disallowedVnd,
        signatoryA: 'Giám đốc Trung tâm Khuyến công',
        signatoryB: `Đại diện ${facility(spec.beneficiaries[0]!.facility).name}`,
        recordedById: user(staff.ttkc),
        createdAt: at(liquidated.date, '16:00'),
      });
    }
    if (spec.settlement) {
      if (approvedSupportVnd === null) throw new Error(`seed ${spec.code}: settlement without approval`);
      if (disbursedVnd > approvedSupportVnd) throw new Error(`seed ${spec.code}: settlement above the approved support`);
      settlements.push({
        projectId,
        status: spec.settlement.status,
        settledVnd: disbursedVnd - disallowedVnd,
        disallowedVnd,
        toRefundVnd: disallowedVnd,
        refundedVnd: disallowedVnd,
        approvedVnd: approvedSupportVnd,
        contractedVnd: sumVnd(contracts.filter((c) => c.projectId === projectId).map((c) => BigInt(c.supportVnd))),
        acceptedValueVnd: acceptedVnd,
        advancedVnd: paidOf('ADVANCE'),
        paidVnd: paidOf('PAYMENT'),
        // What was approved and never disbursed is given up, so that the settlement balances.
        cancelledVnd: approvedSupportVnd - disbursedVnd,
        decisionId: settlementKey ? need(decisionIds, settlementKey, 'decision') : null,
        note: spec.settlement.note ?? null,
        createdAt: at(spec.settlement.created, '10:00'),
      });
    }

    if (spec.amendment) pendingAmendments.push({ spec, projectId, requestedById: user(staff.ttkc) });

    if (spec.repayment) {
      if (approvedSupportVnd === null) throw new Error(`seed ${spec.code}: repayment without approval`);
      repayments.push({ spec, projectId, facilityId: facility(spec.beneficiaries[0]!.facility).id, principalVnd: approvedSupportVnd });
    }
  }

  await tx.projectBeneficiary.createMany({ data: beneficiaries });
  await tx.costLine.createMany({ data: costLines });
  if (appraisals.length) await tx.appraisal.createMany({ data: appraisals });
  if (contracts.length) await tx.contract.createMany({ data: contracts });
  if (acceptances.length) await tx.acceptance.createMany({ data: acceptances });
  await seedAmendments(tx, pendingAmendments);
  if (settlements.length) await tx.settlement.createMany({ data: settlements });
  if (liquidations.length) await tx.liquidation.createMany({ data: liquidations });
  if (refunds.length) await tx.refund.createMany({ data: refunds });

  // 4. Payment requests with the treasury's controls, then every audit row, then repayments.
  await insertPayments(tx, payments, user, audits);
  await tx.auditEvent.createMany({ data: audits });
  await insertRepayments(tx, repayments, user);

  return result;
}

/**
 * Amendments store whole versions of the đề án, as requestAmendment does: `before` is the đề án as
 * written above, `after` is it with the spec's changes. The spec's `before` must agree with the record.
 */
async function seedAmendments(tx: SeedTx, pending: { spec: ProjectSpec; projectId: number; requestedById: number }[]): Promise<void> {
  if (pending.length === 0) return;
  const projects = await tx.project.findMany({
    where: { id: { in: pending.map((p) => p.projectId) } },
    include: { adminUnit: true, beneficiaries: { include: { facility: true }, orderBy: { facilityId: 'asc' } }, costLines: { orderBy: { sortOrder: 'asc' } } },
  });
  const data: Prisma.AmendmentCreateManyInput[] = pending.map(({ spec, projectId, requestedById }) => {
    const a = spec.amendment!;
    const before = snapshotOf(projects.find((p) => p.id === projectId)!);
    for (const [key, value] of Object.entries(a.before)) {
      if (before[key as keyof ProjectSnapshot] !== value) throw new Error(`seed ${spec.code}: amendment before.${key} is not the đề án's ${key}`);
    }
    const after: ProjectSnapshot = { ...before, ...a.after };
    return { projectId, fromVersion: 1, kinds: a.kinds, scale: a.scale, reason: a.reason, before: asJson(before), after: asJson(after), requestedById, requestedAt: at(a.requested, '14:20') };
  });
  await tx.amendment.createMany({ data });
}

const asJson = (v: ProjectSnapshot) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
