import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { formatVnd, sumVnd } from '@/lib/domain/money';
import { REPAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/repayment';
import { REPAYMENT_SILENT_STATES, uncoveredInstallments } from '@/lib/domain/reminders';
import { vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';
import { env } from '../env';
import { transition } from '../lifecycle/transition';
import { notifyOnce } from '../notifications/notify-once';

/**
 * Hỗ trợ có thu hồi: reminds the facility and the Trung tâm INSTALLMENT_REMINDER_DAYS before an
 * instalment falls due, and tells them once, from the day after the due date, that it is overdue —
 * repayments are applied to the oldest instalment first. A schedule still recorded on time is then
 * recorded late (markLate, by the portal itself), so lists and reports by standing count it.
 */
export async function remindInstallments(now: Date) {
  const today = vietnamDayNumber(now);
  const schedules = await db.repaymentSchedule.findMany({
    where: { status: { notIn: [...REPAYMENT_SILENT_STATES] }, installments: { some: {} } },
    select: {
      id: true,
      status: true,
      facilityId: true,
      facility: { select: { name: true } },
      project: { select: { id: true, code: true, provinceId: true } },
      installments: { select: { id: true, dueOn: true, amountVnd: true } },
      repayments: { select: { amountVnd: true } },
    },
  });
  const result = { dueSoon: 0, overdue: 0, markedLate: 0 };
  for (const s of schedules) {
    const open = uncoveredInstallments(s.installments, sumVnd(s.repayments.map((r) => r.amountVnd)), today);
    const due = open.filter((i) => i.daysToDue >= 0 && i.daysToDue <= env().INSTALLMENT_REMINDER_DAYS);
    const late = open.filter((i) => i.daysToDue < 0);
    if (due.length === 0 && late.length === 0) continue;
    const users = await db.user.findMany({
      where: { provinceId: s.project.provinceId, isActive: true, OR: [{ role: 'BENEFICIARY', facilityId: s.facilityId }, { role: 'TTKC_STAFF' }] },
      select: { id: true },
    });
    const ids = users.map((u) => u.id);
    const link = `/de-an/${s.project.id}`;
    await db.$transaction(async (tx) => {
      if (late.length > 0 && REPAYMENT_LIFECYCLE.events.markLate.from.includes(s.status)) {
        const daysLate = Math.max(...late.map((i) => -i.daysToDue));
        await transition(tx, null, REPAYMENT_LIFECYCLE, { id: s.id, status: s.status, provinceId: s.project.provinceId }, 'markLate', { data: { daysLate } });
        result.markedLate++;
      }
      for (const i of due) {
        const n = await notifyOnce(
          tx,
          `installment-due:${i.id}`,
          ids,
          {
            title: `Sắp đến hạn hoàn trả kinh phí hỗ trợ đề án ${s.project.code}`,
            body: `${s.facility.name}: kỳ hoàn trả ${formatVnd(i.shortVnd)} đến hạn ngày ${formatDate(i.dueOn)}.`,
            link,
          },
          now,
        );
        if (n.length) result.dueSoon++;
      }
      for (const i of late) {
        const n = await notifyOnce(
          tx,
          `installment-overdue:${i.id}`,
          ids,
          {
            title: `Quá hạn hoàn trả kinh phí hỗ trợ đề án ${s.project.code}`,
            body: `${s.facility.name}: kỳ hoàn trả đến hạn ngày ${formatDate(i.dueOn)} còn thiếu ${formatVnd(i.shortVnd)}.`,
            link,
          },
          now,
        );
        if (n.length) result.overdue++;
      }
    });
  }
  return result;
}
