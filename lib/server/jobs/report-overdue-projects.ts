import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { PROJECT_RUNNING_STATES } from '@/lib/domain/reminders';
import { dateColumnOf, vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';
import { notifyOnce } from '../notifications/notify-once';

/**
 * Đề án still being carried out after their end date (acceptance not asked for): tells the
 * implementing unit's staff and the Sở Công Thương's leaders, once per đề án and end date — an
 * extension (a new end date) makes a new occasion.
 */
export async function reportOverdueProjects(now: Date) {
  const today = dateColumnOf(vietnamDayNumber(now));
  const projects = await db.project.findMany({
    where: { status: { in: [...PROJECT_RUNNING_STATES] }, endDate: { lt: today } },
    select: { id: true, code: true, name: true, provinceId: true, implementingOrgId: true, endDate: true },
  });
  let projectsReported = 0;
  for (const p of projects) {
    const users = await db.user.findMany({
      where: { provinceId: p.provinceId, isActive: true, OR: [{ organizationId: p.implementingOrgId }, { role: 'SCT_LEADER' }] },
      select: { id: true },
    });
    const notified = await db.$transaction((tx) =>
      notifyOnce(
        tx,
        `project-overdue:${p.id}:${p.endDate!.toISOString().slice(0, 10)}`,
        users.map((u) => u.id),
        {
          title: `Đề án ${p.code} đã quá thời hạn thực hiện`,
          body: `“${p.name}” kết thúc ngày ${formatDate(p.endDate)} nhưng chưa đề nghị nghiệm thu. Đề nghị nghiệm thu hoặc điều chỉnh thời gian.`,
          link: `/de-an/${p.id}`,
        },
        now,
      ),
    );
    if (notified.length) projectsReported++;
  }
  return { projects: projectsReported };
}
