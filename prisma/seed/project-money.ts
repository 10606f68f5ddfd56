// Money of the demo đề án: tạm ứng / thanh toán with the treasury's control (kiểm soát chi) and
// their audit rows, and the repayment schedules of hỗ trợ có thu hồi.
import type { Prisma } from '../generated/client/client';
import type { PaymentKind, PaymentStatus } from '../generated/client/enums';
import { PAYMENT_LIFECYCLE, type PaymentEvent } from '../../lib/domain/lifecycle/payment';
import { shareOfVnd, sumVnd } from '../../lib/domain/money';
import { advanceShareBpOf } from './content-categories';
import type { SeededFacility } from './facilities';
import { STAFF } from './project-plan';
import type { PaymentSpec, ProjectSpec } from './project-spec';
import type { SeedTx } from './types';
import { at, day, need } from './util';

export interface PlannedPayment {
  province: 'HP' | 'LD';
  spec: PaymentSpec;
  row: {
    provinceId: number;
    projectId: number;
    kind: PaymentKind;
    amountVnd: bigint;
    advanceClearedVnd: bigint;
    payeeName: string;
    payeeAccount: string;
    status: PaymentStatus;
    treasuryOrgId: number | null;
    sentAt: Date | null;
    paidOn: Date | null;
    paymentOrderNumber: string | null;
    idempotencyKey: string;
    createdById: number;
    createdAt: Date;
  };
}

type UserId = (username: string) => number;

/**
 * The đề án's payment requests, in order. An advance is the category's advance share of the approved
 * support; a payment is what is left after the advances (and clears the advances already paid).
 * Refused requests do not count; everything else together never exceeds the approved support.
 */
export function planPayments(
  spec: ProjectSpec,
  ids: { projectId: number; provinceId: number; treasuryOrgId: number | null },
  approvedSupportVnd: bigint | null,
  firstBeneficiary: SeededFacility,
  userId: UserId,
): PlannedPayment[] {
  let advanced = 0n;
  let advancedPaid = 0n;
  let committed = 0n;
  return (spec.payments ?? []).map((p, i) => {
    if (approvedSupportVnd === null) throw new Error(`seed ${spec.code}: payment on an unapproved đề án`);
    const amountVnd = p.amount === 'ADVANCE_SHARE' ? shareOfVnd(approvedSupportVnd, advanceShareBpOf(spec.category)) : approvedSupportVnd - advanced;
    const advanceClearedVnd = p.kind === 'PAYMENT' ? advancedPaid : 0n;
    if (p.status !== 'REFUSED') {
      committed += amountVnd;
      if (p.kind === 'ADVANCE') advanced += amountVnd;
      if (p.kind === 'ADVANCE' && p.status === 'PAID') advancedPaid += amountVnd;
    }
    if (committed > approvedSupportVnd) throw new Error(`seed ${spec.code}: payments above the approved support`);
    if (p.status !== 'DRAFT' && ids.treasuryOrgId === null) throw new Error(`seed ${spec.code}: no treasury for ${spec.province}`);
    const toFacility = (p.payee ?? (spec.beneficiaries.length === 1 ? 'FACILITY' : 'IMPLEMENTER')) === 'FACILITY';
    return {
      province: spec.province,
      spec: p,
      row: {
        provinceId: ids.provinceId,
        projectId: ids.projectId,
        kind: p.kind,
        amountVnd,
        advanceClearedVnd,
        payeeName: toFacility ? firstBeneficiary.name : 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp',
        payeeAccount: toFacility
          ? `2100${firstBeneficiary.taxCode.slice(2)} – Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam`
          : '3713.0.1055821 – Kho bạc Nhà nước khu vực III',
        status: p.status,
        treasuryOrgId: ids.treasuryOrgId,
        sentAt: p.sent ? at(p.sent, '10:00') : null,
        paidOn: p.status === 'PAID' && p.decided ? day(p.decided) : null,
        // Invented ủy nhiệm chi numbers: year, project sequence, request sequence.
        paymentOrderNumber: p.status === 'PAID' && p.decided ? `UNC-${p.decided.slice(0, 4)}/${String(ids.projectId).padStart(3, '0')}-${i + 1}` : null,
        idempotencyKey: `seed:${spec.province}:${spec.code}:${i + 1}`,
        createdById: userId(STAFF[spec.province].ttkc),
        createdAt: at(p.created, '09:30'),
      },
    };
  });
}

/** Writes the requests and the treasury's controls; appends their lifecycle steps to `audits`. */
export async function insertPayments(tx: SeedTx, payments: PlannedPayment[], userId: UserId, audits: Prisma.AuditEventCreateManyInput[]): Promise<void> {
  if (payments.length === 0) return;
  const rows = await tx.paymentRequest.createManyAndReturn({ data: payments.map((p) => p.row), select: { id: true, idempotencyKey: true } });
  const paymentIds = new Map(rows.map((r) => [r.idempotencyKey!, r.id]));
  const controls: Prisma.TreasuryControlCreateManyInput[] = [];
  for (const { row, spec: p, province } of payments) {
    if (p.status === 'DRAFT') continue;
    const paymentId = need(paymentIds, row.idempotencyKey, 'payment request');
    const staff = STAFF[province];
    const audit = (event: PaymentEvent, date: string, time: string, reason: string | null, actor: string) => {
      const rule = PAYMENT_LIFECYCLE.events[event];
      audits.push({
        provinceId: row.provinceId,
        actorId: userId(actor),
        entityType: 'PaymentRequest',
        entityId: paymentId,
        event,
        fromStatus: rule.from[0]!,
        toStatus: rule.to,
        reason,
        data: { projectId: String(row.projectId), kind: row.kind, amountVnd: row.amountVnd.toString() },
        createdAt: at(date, time),
      });
    };
    if (!p.sent || !staff.treasury) throw new Error(`seed: payment ${row.idempotencyKey} needs a sent date and a treasury`);
    audit('sendToTreasury', p.sent, '10:00', null, staff.ttkc);
    if (p.status === 'PAID' || p.status === 'REFUSED') {
      if (!p.decided) throw new Error(`seed: payment ${row.idempotencyKey} needs the treasury's date`);
      const refused = p.status === 'REFUSED';
      if (refused && !p.refuseReason) throw new Error(`seed: refused payment ${row.idempotencyKey} needs a reason`);
      controls.push({
        paymentRequestId: paymentId,
        result: refused ? 'REFUSED' : 'ACCEPTED',
        reason: p.refuseReason ?? null,
        controlledById: userId(staff.treasury),
        controlledAt: at(p.decided, '15:30'),
      });
      audit(refused ? 'refuse' : 'pay', p.decided, '15:30', p.refuseReason ?? null, staff.treasury);
    }
  }
  if (controls.length) await tx.treasuryControl.createMany({ data: controls });
}

export interface PlannedRepayment {
  spec: ProjectSpec;
  projectId: number;
  facilityId: number;
  principalVnd: bigint;
}

/** Hỗ trợ có thu hồi: one schedule per đề án and facility, its installments and the repayments made. */
export async function insertRepayments(tx: SeedTx, repayments: PlannedRepayment[], userId: UserId): Promise<void> {
  if (repayments.length === 0) return;
  const schedules = await tx.repaymentSchedule.createManyAndReturn({
    data: repayments.map((r) => ({ projectId: r.projectId, facilityId: r.facilityId, principalVnd: r.principalVnd, status: r.spec.repayment!.status, note: r.spec.repayment!.note ?? null })),
    select: { id: true, projectId: true },
  });
  const scheduleOf = new Map(schedules.map((s) => [s.projectId, s.id]));
  const installments: Prisma.RepaymentInstallmentCreateManyInput[] = [];
  const paid: Prisma.RepaymentCreateManyInput[] = [];
  for (const r of repayments) {
    const plan = r.spec.repayment!;
    if (sumVnd(plan.installments.map(([, v]) => v)) !== r.principalVnd) throw new Error(`seed ${r.spec.code}: installments do not add up to the principal`);
    const scheduleId = need(scheduleOf, r.projectId, 'repayment schedule');
    installments.push(...plan.installments.map(([dueOn, amountVnd]) => ({ scheduleId, dueOn: day(dueOn), amountVnd })));
    const recordedById = userId(STAFF[r.spec.province].ttkc);
    paid.push(...plan.repayments.map(([paidOn, amountVnd]) => ({ scheduleId, paidOn: day(paidOn), amountVnd, recordedById, createdAt: at(paidOn, '16:00') })));
  }
  await tx.repaymentInstallment.createMany({ data: installments });
  if (paid.length) await tx.repayment.createMany({ data: paid });
}
