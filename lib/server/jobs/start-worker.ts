import 'server-only';
import PgBoss from 'pg-boss';
import { cronOf, VN_TIME_ZONE } from '@/lib/domain/schedule';
import { env } from '../env';
import { jobDefinitions } from './registry';
import { runJob } from './run-job';

// A failed run is retried 3 times, 30 s, 60 s, 120 s apart (pg-boss back-off), then left failed —
// the admin page (/quan-tri/tac-vu) shows it.
export const JOB_RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true } as const;

export interface JobWorker {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the portal's PostgreSQL (its tables live in the "pgboss" schema), registers
 * every job's cron schedule in Vietnam time and works the queues. Several instances may run: pg-boss
 * sends each cron tick once, and each job is idempotent on top of that.
 */
export async function startJobWorker(): Promise<JobWorker> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 3, application_name: 'khuyencong-jobs' });
  boss.on('error', (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  try {
    for (const job of jobDefinitions()) {
      await boss.createQueue(job.name, { name: job.name, ...JOB_RETRY });
      await boss.schedule(job.name, cronOf(job.schedule), {}, { tz: VN_TIME_ZONE, ...JOB_RETRY });
      await boss.work(job.name, { pollingIntervalSeconds: 10 }, async () => {
        await runJob(job);
      });
    }
  } catch (error) {
    // Half-started: stop it (its connections, its workers) before the caller tries again.
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  console.log(`[jobs] worker started: ${jobDefinitions().length} scheduled jobs`);
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
