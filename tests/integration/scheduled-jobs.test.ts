// Scheduled reminders with a fixed clock: each is sent once per person and occasion, even when the
// job runs twice or in two workers at the same moment.
import { beforeAll, describe, expect, it } from 'vitest';
import { endOfDayInVietnam } from '@/lib/domain/plan-deadline';
import { db } from '@/lib/server/db';
import { jobDefinitions } from '@/lib/server/jobs/registry';
import { remindInstallments } from '@/lib/server/jobs/remind-installments';
import { remindMonthlyReports } from '@/lib/server/jobs/remind-monthly-reports';
import { PLAN_DEADLINE_REMINDER_DAYS_KEY, remindPlanDeadlines } from '@/lib/server/jobs/remind-plan-deadlines';
import { reportOverdueProjects } from '@/lib/server/jobs/report-overdue-projects';
import { reportUnclearedAdvances } from '@/lib/server/jobs/report-uncleared-advances';
import { runJob } from '@/lib/server/jobs/run-job';
import { createPlanWorld, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;
const deadline = endOfDayInVietnam(new Date('2031-06-20T00:00:00Z'));
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  w = await freshWorld(() => createPlanWorld({ deadline }));
  await db.user.update({ where: { id: w.actors.xaA.id }, data: { email: 'namsach@example.vn', emailVerifiedAt: at('2030-01-01T00:00:00Z') } });
});

const titled = (userId: number, contains: string) => db.notification.count({ where: { userId, title: { contains } } });

describe('registration-deadline reminder', () => {
  it('waits until N days before the deadline, then reminds each xã that has not sent its plan once', async () => {
    const reminder = 'Nhắc hạn gửi kế hoạch';
    // 5 days before: outside the default 3 days.
    await remindPlanDeadlines(at('2031-06-15T01:00:00Z'));
    expect(await titled(w.actors.xaA.id, reminder)).toBe(0);

    const twoDaysBefore = at('2031-06-18T01:00:00Z');
    await remindPlanDeadlines(twoDaysBefore);
    await remindPlanDeadlines(twoDaysBefore);
    await remindPlanDeadlines(at('2031-06-19T01:00:00Z'));
    expect(await titled(w.actors.xaA.id, reminder)).toBe(1);
    expect(await titled(w.xaBActor.id, reminder)).toBe(1);
    expect(await titled(w.actors.sct.id, reminder)).toBe(0);
    expect(await db.outboundEmail.count({ where: { toAddress: 'namsach@example.vn', subject: { contains: reminder } } })).toBe(1);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: w.actors.xaA.id, title: { contains: reminder } } });
    expect(notice.body).toContain('Hạn gửi: 20/06/2031 (còn 2 ngày)');
  });

  it('sends one reminder when two workers run the job at the same moment', async () => {
    const newDeadline = endOfDayInVietnam(new Date('2031-07-10T00:00:00Z'));
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: newDeadline } });
    // A Parameter of the province lengthens the notice to 7 days.
    await db.parameter.create({ data: { provinceId: w.hp.province.id, key: PLAN_DEADLINE_REMINDER_DAYS_KEY, value: '7', validFrom: at('2030-01-01T00:00:00Z') } });
    const job = jobDefinitions().find((j) => j.name === 'plan-deadline-reminders')!;
    const fiveDaysBefore = at('2031-07-05T01:00:00Z');
    const results = await Promise.all([runJob(job, fiveDaysBefore), runJob(job, fiveDaysBefore), runJob(job, fiveDaysBefore)]);

    const notices = await db.notification.findMany({ where: { userId: w.actors.xaA.id, body: { contains: '10/07/2031' } } });
    expect(notices).toHaveLength(1);
    expect(results.reduce((sum, r) => sum + r.people!, 0)).toBe(await db.sentReminder.count({ where: { occasion: { contains: newDeadline.toISOString() } } }));
    const runs = await db.jobRun.findMany({ where: { job: 'plan-deadline-reminders' } });
    expect(runs.map((r) => r.outcome)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
  });
});

describe('repayment instalments', () => {
  it('turns an unpaid instalment into one overdue notice the day after its due date', async () => {
    const schedule = await db.repaymentSchedule.create({
      data: {
        projectId: w.projectA.id,
        facilityId: w.facilityA.id,
        principalVnd: 100_000_000n,
        installments: { create: [{ dueOn: at('2031-03-10T00:00:00Z'), amountVnd: 50_000_000n }, { dueOn: at('2031-09-10T00:00:00Z'), amountVnd: 50_000_000n }] },
        repayments: { create: [{ paidOn: at('2031-03-01T00:00:00Z'), amountVnd: 20_000_000n, recordedById: w.actors.ttkc.id }] },
      },
    });
    const overdue = 'Quá hạn hoàn trả';
    // 07:00 and 23:59 on 10/03 in Vietnam: due today, not late.
    await remindInstallments(at('2031-03-10T00:00:00Z'));
    await remindInstallments(at('2031-03-10T16:59:00Z'));
    expect(await titled(w.actors.beneficiaryA.id, overdue)).toBe(0);
    expect(await titled(w.actors.beneficiaryA.id, 'Sắp đến hạn hoàn trả')).toBe(1);

    expect((await db.repaymentSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).status).toBe('ON_TIME');

    // 00:30 on 11/03 in Vietnam, and again the days after: told once, and recorded late once, by the portal.
    expect(await remindInstallments(at('2031-03-10T17:30:00Z'))).toMatchObject({ overdue: 1, markedLate: 1 });
    await remindInstallments(at('2031-03-11T00:00:00Z'));
    expect(await remindInstallments(at('2031-03-12T00:00:00Z'))).toMatchObject({ markedLate: 0 });
    expect((await db.repaymentSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).status).toBe('LATE');
    const marked = await db.auditEvent.findMany({ where: { entityType: 'RepaymentSchedule', entityId: schedule.id, event: 'markLate' } });
    expect(marked.map((e) => [e.actorId, e.fromStatus, e.toStatus, e.data])).toEqual([[null, 'ON_TIME', 'LATE', { daysLate: 1 }]]);
    const notices = await db.notification.findMany({ where: { userId: w.actors.beneficiaryA.id, title: { contains: overdue } } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toContain('đến hạn ngày 10/03/2031 còn thiếu 30.000.000');
    expect(await titled(w.actors.ttkc.id, overdue)).toBe(1);
    expect(await titled(w.actors.xaA.id, overdue)).toBe(0);
    await db.repaymentSchedule.delete({ where: { id: schedule.id } });
  });
});

describe('đề án and advances past their time', () => {
  it('reports a đề án past its end date without acceptance once, and an advance still not cleared', async () => {
    await db.project.update({ where: { id: w.projectA.id }, data: { endDate: at('2031-01-31T00:00:00Z') } });
    await db.paymentRequest.create({
      data: { provinceId: w.hp.province.id, projectId: w.projectA.id, kind: 'ADVANCE', amountVnd: 90_000_000n, payeeName: 'Cơ sở gốm A', status: 'PAID', createdById: w.actors.ttkc.id },
    });
    expect(await reportOverdueProjects(at('2031-01-31T10:00:00Z'))).toEqual({ projects: 0 });
    expect(await reportOverdueProjects(at('2031-02-01T01:00:00Z'))).toEqual({ projects: 1 });
    expect(await reportOverdueProjects(at('2031-02-02T01:00:00Z'))).toEqual({ projects: 0 });
    expect(await titled(w.actors.sct.id, 'đã quá thời hạn thực hiện')).toBe(1);

    // 30 days of grace after the end date by default.
    expect(await reportUnclearedAdvances(at('2031-02-20T01:00:00Z'))).toEqual({ projects: 0 });
    expect(await reportUnclearedAdvances(at('2031-03-15T01:00:00Z'))).toEqual({ projects: 1 });
    expect(await reportUnclearedAdvances(at('2031-03-16T01:00:00Z'))).toEqual({ projects: 0 });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: w.actors.ttkc.id, title: { contains: 'chưa được thu hồi' } } });
    expect(notice.body).toContain('90.000.000');
  });
});

describe('monthly progress reports', () => {
  it('reminds the implementing unit before the 25th, and says so once when a report is late, unless it was sent', async () => {
    const code = w.projectA.code;
    const due = `Sắp đến hạn báo cáo tiến độ tháng 03/2031 đề án ${code}`;
    const late = `Chưa gửi báo cáo tiến độ tháng 03/2031 đề án ${code}`;
    await remindMonthlyReports(at('2031-03-19T01:00:00Z'));
    expect(await titled(w.actors.ttkc.id, due)).toBe(0);
    await remindMonthlyReports(at('2031-03-20T01:00:00Z'));
    await remindMonthlyReports(at('2031-03-21T01:00:00Z'));
    expect(await titled(w.actors.ttkc.id, due)).toBe(1);
    expect(await titled(w.actors.xaA.id, due)).toBe(0);
    // February was never sent: chased once as late.
    expect(await titled(w.actors.ttkc.id, `Chưa gửi báo cáo tiến độ tháng 02/2031 đề án ${code}`)).toBe(1);

    await remindMonthlyReports(at('2031-03-26T01:00:00Z'));
    await remindMonthlyReports(at('2031-03-27T01:00:00Z'));
    expect(await titled(w.actors.ttkc.id, late)).toBe(1);

    // Sent for April: no late notice for April.
    await db.periodicReport.create({
      data: { provinceId: w.hp.province.id, kind: 'MONTHLY_PROGRESS', year: 2031, period: 4, organizationId: w.hp.orgs.ttkc.id, projectId: w.projectA.id, content: {}, status: 'SUBMITTED', createdById: w.actors.ttkc.id },
    });
    await remindMonthlyReports(at('2031-04-26T01:00:00Z'));
    expect(await titled(w.actors.ttkc.id, `Chưa gửi báo cáo tiến độ tháng 04/2031 đề án ${code}`)).toBe(0);
  });
});
