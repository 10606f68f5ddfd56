import 'server-only';
import PgBoss from 'pg-boss';
import { jobDefinitions } from './registry';
import { JOB_RETRY } from './start-worker';

/**
 * Creates pg-boss's schema and the queue of every job, as the database owner: a queue is a table
 * partition, and the application role the portal runs as may not create tables. The portal's own
 * start (startJobWorker) then finds everything in place and only reads and writes rows. Idempotent.
 */
export async function installJobQueues(connectionString: string): Promise<void> {
  // schedule: true creates pg-boss's internal cron queue as well; nothing is worked or scheduled here.
  const boss = new PgBoss({ connectionString, max: 1, supervise: false, schedule: true, application_name: 'khuyencong-install' });
  boss.on('error', (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  try {
    for (const job of jobDefinitions()) await boss.createQueue(job.name, { name: job.name, ...JOB_RETRY });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
