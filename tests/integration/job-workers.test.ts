// Two real pg-boss workers on the test database, with the clock fixed two days before a
// registration deadline: both take a "plan-deadline-reminders" job at the same moment, and the xã
// officer still gets one reminder. Also proves the wiring npm start uses (queues, cron, work).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CLOCK_FIXED_AT = '2031-06-18T08:00:00+07:00';
});

import PgBoss from 'pg-boss';
import { endOfDayInVietnam } from '@/lib/domain/plan-deadline';
import { db } from '@/lib/server/db';
import { startJobWorker, type JobWorker } from '@/lib/server/jobs/start-worker';
import { createPlanWorld, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;
const workers: JobWorker[] = [];
let sender: PgBoss;

beforeAll(async () => {
  w = await freshWorld(() => createPlanWorld({ deadline: endOfDayInVietnam(new Date('2031-06-20T00:00:00Z')) }));
  workers.push(await startJobWorker());
  workers.push(await startJobWorker());
  sender = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false });
  await sender.start();
}, 60_000);

afterAll(async () => {
  await sender?.stop({ graceful: false });
  await Promise.all(workers.map((worker) => worker.stop()));
});

describe('two job workers', () => {
  it('send one deadline reminder between them', async () => {
    await sender.send('plan-deadline-reminders', {});
    await sender.send('plan-deadline-reminders', {});
    const deadline = Date.now() + 25_000;
    while ((await db.jobRun.count({ where: { job: 'plan-deadline-reminders', outcome: 'SUCCEEDED' } })) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const runs = await db.jobRun.findMany({ where: { job: 'plan-deadline-reminders' } });
    expect(runs.map((r) => r.outcome)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(runs.every((r) => r.startedAt.toISOString() === '2031-06-18T01:00:00.000Z')).toBe(true);
    expect(await db.notification.count({ where: { userId: w.actors.xaA.id, title: { contains: 'Nhắc hạn gửi kế hoạch' } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.xaBActor.id, title: { contains: 'Nhắc hạn gửi kế hoạch' } } })).toBe(1);
  }, 40_000);
});
