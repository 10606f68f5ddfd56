import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_PAID_STATUS } from '@/lib/domain/reminders';
import { dateColumnOf, vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';
import { env } from '../env';
import { notifyOnce } from '../notifications/notify-once';
import { findMoneyPositions } from '../payments/find-money-position';

/**
 * Tạm ứng paid out and still not cleared by a payment ADVANCE_CLEARING_GRACE_DAYS after the đề
 * án's end date: tells the implementing unit's staff, once per đề án and end date. Only money the
 * treasury actually paid counts (the đề án's money position, lib/domain/money-position.ts).
 */
export async function reportUnclearedAdvances(now: Date) {
  const cutoff = dateColumnOf(vietnamDayNumber(now) - env().ADVANCE_CLEARING_GRACE_DAYS);
  const projects = await db.project.findMany({
    where: { endDate: { lt: cutoff }, paymentRequests: { some: { kind: 'ADVANCE', status: PAYMENT_PAID_STATUS } } },
    select: {
      id: true,
      code: true,
      provinceId: true,
      implementingOrgId: true,
      endDate: true,
    },
  });
  const positions = await findMoneyPositions(db, projects.map((p) => p.id));
  let reported = 0;
  for (const p of projects) {
    const { outstandingAdvanceVnd } = positions.get(p.id)!;
    if (outstandingAdvanceVnd <= 0n) continue;
    const users = await db.user.findMany({ where: { provinceId: p.provinceId, isActive: true, organizationId: p.implementingOrgId }, select: { id: true } });
    const notified = await db.$transaction((tx) =>
      notifyOnce(
        tx,
        `advance-uncleared:${p.id}:${p.endDate!.toISOString().slice(0, 10)}`,
        users.map((u) => u.id),
        {
          title: `Tạm ứng đề án ${p.code} chưa được thu hồi`,
          body: `Còn ${formatVnd(outstandingAdvanceVnd)} tạm ứng chưa thanh toán bù trừ, đề án đã kết thúc ngày ${formatDate(p.endDate)}.`,
          link: `/de-an/${p.id}/thanh-toan`,
        },
        now,
      ),
    );
    if (notified.length) reported++;
  }
  return { projects: reported };
}
