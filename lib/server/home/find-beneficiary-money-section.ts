import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { findBeneficiaryMoney } from '../payments/find-beneficiary-money';
import type { WorkSection } from './find-work-items';

/** On a beneficiary's home: what is still due to it and its next repayment, linking to the details. */
export async function findBeneficiaryMoneySection(actor: Actor): Promise<WorkSection[]> {
  if (actor.role !== 'BENEFICIARY' || !actor.facilityId) return [];
  const { projects, schedules } = await findBeneficiaryMoney(actor);
  const items = [
    ...projects.map((p) => ({ href: '/tien-ho-tro', title: `${p.code}: đã nhận ${formatVnd(p.position.disbursedVnd)}, còn được nhận ${formatVnd(p.position.owedVnd)}`, meta: p.name })),
    ...schedules
      .filter((s) => s.summary.nextDue)
      .map((s) => ({ href: '/tien-ho-tro', title: `Kỳ hoàn trả tới ${formatDate(s.summary.nextDue!.dueOn)}: ${formatVnd(s.summary.nextDue!.amountVnd - s.summary.nextDue!.paidVnd)}`, meta: `${s.project.code} · dư nợ ${formatVnd(s.summary.outstandingVnd)}` })),
  ];
  return [{ title: 'Tiền hỗ trợ của cơ sở', hint: 'Tạm ứng, thanh toán đã nhận, số còn được nhận và lịch hoàn trả.', total: items.length, items }];
}
