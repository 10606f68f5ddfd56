import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { ANNUAL_PLAN_UNSENT_STATES, ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import { daysUntilDeadline, deadlineLabel, isPastDeadline } from '@/lib/domain/plan-deadline';
import { db } from '../db';
import { env } from '../env';
import { notifyOnce } from '../notifications/notify-once';
import { EXPECTED_REGISTRANT_KINDS } from '../plans/find-round-submissions';
import { planAuthorsWhere, roundLink, xaUnitsOf } from '../plans/notify-plan';
import { findParameterNumber } from './find-parameter';

export const PLAN_DEADLINE_REMINDER_DAYS_KEY = 'PLAN_DEADLINE_REMINDER_DAYS';

/**
 * N days before a registration deadline (Parameter PLAN_DEADLINE_REMINDER_DAYS of the province,
 * else the env default), reminds the xã and units that have not sent their plan. Once per person
 * and deadline: a reopened round with a new deadline is a new occasion.
 */
export async function remindPlanDeadlines(now: Date) {
  const rounds = await db.consolidatedPlan.findMany({
    where: { status: { in: [...ROUND_REGISTRATION_STATES] }, registrationDeadline: { gte: now } },
    select: { id: true, provinceId: true, year: true, registrationDeadline: true },
  });
  let people = 0;
  for (const round of rounds) {
    const days = (await findParameterNumber(round.provinceId, PLAN_DEADLINE_REMINDER_DAYS_KEY, now)) ?? env().PLAN_DEADLINE_REMINDER_DAYS;
    if (isPastDeadline(round.registrationDeadline, now) || daysUntilDeadline(round.registrationDeadline, now) > days) continue;
    const [orgs, sent] = await Promise.all([
      db.organization.findMany({ where: { provinceId: round.provinceId, kind: { in: [...EXPECTED_REGISTRANT_KINDS] } }, select: { id: true, kind: true, adminUnitId: true } }),
      db.annualPlan.findMany({ where: { consolidatedPlanId: round.id, status: { notIn: [...ANNUAL_PLAN_UNSENT_STATES] } }, select: { organizationId: true } }),
    ]);
    const sentBy = new Set(sent.map((p) => p.organizationId));
    const pending = orgs.filter((o) => !sentBy.has(o.id));
    if (pending.length === 0) continue;
    const users = await db.user.findMany({ where: planAuthorsWhere(round.provinceId, pending.map((o) => o.id), xaUnitsOf(pending)), select: { id: true } });
    const occasion = `plan-deadline:${round.id}:${round.registrationDeadline.toISOString()}`;
    const notified = await db.$transaction((tx) =>
      notifyOnce(
        tx,
        occasion,
        users.map((u) => u.id),
        {
          title: `Nhắc hạn gửi kế hoạch khuyến công năm ${round.year}`,
          body: `Hạn gửi: ${formatDate(round.registrationDeadline)} (${deadlineLabel(round.registrationDeadline, now).toLowerCase()}). Đơn vị của bạn chưa gửi kế hoạch.`,
          link: roundLink(round.year),
        },
        now,
      ),
    );
    people += notified.length;
  }
  return { people };
}
