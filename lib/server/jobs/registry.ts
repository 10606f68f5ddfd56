import 'server-only';
import type { JobSchedule } from '@/lib/domain/schedule';
import { env } from '../env';
import { deliverEmails } from '../mail/deliver-emails';
import { sendDigests } from '../mail/send-digests';
import { remindInstallments } from './remind-installments';
import { remindMonthlyReports } from './remind-monthly-reports';
import { remindPlanDeadlines } from './remind-plan-deadlines';
import { reportOverdueProjects } from './report-overdue-projects';
import { reportUnclearedAdvances } from './report-uncleared-advances';

export interface JobDefinition {
  /** pg-boss queue name. */
  name: string;
  label: string;
  schedule: JobSchedule;
  /** Takes "now" so tests fix the time; returns counts shown on the admin page. */
  run: (now: Date) => Promise<Record<string, number>>;
}

/** Every scheduled job. Each is idempotent: running it twice, or in two workers at once, does the work once. */
export function jobDefinitions(): readonly JobDefinition[] {
  const daily = { dailyAtHour: env().DAILY_JOBS_HOUR };
  return [
    { name: 'mail-deliver', label: 'Gửi thư trong hộp thư đi', schedule: { everyMinutes: 1 }, run: (now) => deliverEmails(now) },
    { name: 'mail-digest', label: 'Thư tổng hợp thông báo hằng ngày', schedule: daily, run: sendDigests },
    { name: 'plan-deadline-reminders', label: 'Nhắc hạn đăng ký kế hoạch năm', schedule: daily, run: remindPlanDeadlines },
    { name: 'overdue-projects', label: 'Đề án quá thời hạn chưa nghiệm thu', schedule: daily, run: reportOverdueProjects },
    { name: 'uncleared-advances', label: 'Tạm ứng chưa thu hồi', schedule: daily, run: reportUnclearedAdvances },
    { name: 'monthly-reports', label: 'Báo cáo tiến độ tháng đến hạn, quá hạn', schedule: daily, run: remindMonthlyReports },
    { name: 'repayment-installments', label: 'Kỳ hoàn trả hỗ trợ có thu hồi đến hạn, quá hạn', schedule: daily, run: remindInstallments },
  ];
}

export function summarize(result: Record<string, number>): string {
  return Object.entries(result)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
