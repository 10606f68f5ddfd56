import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { REPORT_SENT_STATES } from '@/lib/domain/lifecycle/report';
import { monthlyReportPeriods, PROJECT_RUNNING_STATES } from '@/lib/domain/reminders';
import { dateColumnOf, vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';
import { env } from '../env';
import { notifyOnce } from '../notifications/notify-once';

/**
 * Monthly progress reports (báo cáo tiến độ tháng) of đề án being carried out: reminds the
 * implementing unit's staff REPORT_REMINDER_DAYS before the 25th, and once more when the report
 * is late. A report counts once it is sent (REPORT_SENT_STATES); one occasion per đề án and month.
 */
export async function remindMonthlyReports(now: Date) {
  const today = dateColumnOf(vietnamDayNumber(now));
  const result = { due: 0, late: 0 };
  for (const period of monthlyReportPeriods(today, env().REPORT_REMINDER_DAYS)) {
    const monthEnd = new Date(Date.UTC(period.year, period.month, 0));
    const projects = await db.project.findMany({
      where: { status: { in: [...PROJECT_RUNNING_STATES] }, OR: [{ startDate: null }, { startDate: { lte: monthEnd } }] },
      select: { id: true, code: true, provinceId: true, implementingOrgId: true },
    });
    if (projects.length === 0) continue;
    const sent = await db.periodicReport.findMany({
      where: { kind: 'MONTHLY_PROGRESS', year: period.year, period: period.month, projectId: { in: projects.map((p) => p.id) }, status: { in: [...REPORT_SENT_STATES] } },
      select: { projectId: true, organizationId: true },
    });
    const done = new Set(sent.map((r) => `${r.projectId}:${r.organizationId}`));
    for (const p of projects.filter((p) => !done.has(`${p.id}:${p.implementingOrgId}`))) {
      const users = await db.user.findMany({ where: { provinceId: p.provinceId, isActive: true, organizationId: p.implementingOrgId }, select: { id: true } });
      const month = `${String(period.month).padStart(2, '0')}/${period.year}`;
      const notified = await db.$transaction((tx) =>
        notifyOnce(
          tx,
          `report-${period.phase}:${p.id}:${period.year}-${period.month}`,
          users.map((u) => u.id),
          period.phase === 'due'
            ? { title: `Sắp đến hạn báo cáo tiến độ tháng ${month} đề án ${p.code}`, body: `Hạn gửi: ${formatDate(period.dueOn)}.`, link: `/de-an/${p.id}` }
            : { title: `Chưa gửi báo cáo tiến độ tháng ${month} đề án ${p.code}`, body: `Báo cáo đã quá hạn ngày ${formatDate(period.dueOn)}.`, link: `/de-an/${p.id}` },
          now,
        ),
      );
      if (notified.length) result[period.phase]++;
    }
  }
  return result;
}
