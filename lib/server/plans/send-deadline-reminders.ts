import 'server-only';
import { CONSOLIDATED_PLAN_LIFECYCLE, ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import { formatDate } from '@/lib/domain/format';
import { deadlineLabel, isPastDeadline } from '@/lib/domain/plan-deadline';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { notifyUsersWhere } from '../notifications/notify';
import { findRoundSubmissions, pendingSubmissions } from './find-round-submissions';
import { getRoundOrThrow } from './plan-access';
import { planAuthorsWhere, roundLink, xaUnitsOf } from './notify-plan';
import { now as clockNow } from '@/lib/server/clock';

/**
 * Reminds the xã and units that have not sent their plan yet (none started, or still a draft)
 * before the deadline. Returns how many organisations and people were reminded.
 */
export async function sendDeadlineReminders(actor: Actor, year: number, now = clockNow()) {
  assertCan(actor, 'plan:open-round');
  const round = await getRoundOrThrow(actor, year);
  if (!ROUND_REGISTRATION_STATES.includes(round.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Đợt đăng ký đang ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[round.status]}”, không cần nhắc hạn.`);
  }
  if (isPastDeadline(round.registrationDeadline, now)) {
    throw new AppError('ILLEGAL_TRANSITION', `Hạn đăng ký (${formatDate(round.registrationDeadline)}) đã qua; mở lại đăng ký với hạn mới nếu cần.`);
  }
  const pending = pendingSubmissions(await findRoundSubmissions(actor, round));
  if (pending.length === 0) return { organizations: 0, people: 0 };
  return db.$transaction(async (tx) => {
    const orgs = await tx.organization.findMany({
      where: { id: { in: pending.map((p) => p.organizationId) } },
      select: { id: true, adminUnitId: true, kind: true },
    });
    const people = await notifyUsersWhere(
      tx,
      planAuthorsWhere(round.provinceId, orgs.map((o) => o.id), xaUnitsOf(orgs)),
      {
        title: `Nhắc hạn gửi kế hoạch khuyến công năm ${round.year}`,
        body: `Hạn gửi: ${formatDate(round.registrationDeadline)} (${deadlineLabel(round.registrationDeadline, now).toLowerCase()}). Đơn vị của bạn chưa gửi kế hoạch.`,
        link: roundLink(round.year),
      },
    );
    await recordAudit(tx, actor, {
      ...auditSubject('ConsolidatedPlan', round),
      event: 'sendDeadlineReminders',
      data: { organizations: pending.length, people },
    });
    return { organizations: pending.length, people };
  });
}
