import 'server-only';
import { JOB_RUN_STATUS } from '@/lib/domain/schedule';
import { now as clockNow } from '../clock';
import { db } from '../db';
import { summarize, type JobDefinition } from './registry';

const RETENTION_MS = 7 * 86_400_000;

/**
 * Runs one job and records the run (started, succeeded with its counts, or failed with the error)
 * for the admin page. The error is rethrown so pg-boss retries the job with back-off.
 */
export async function runJob(job: JobDefinition, now = clockNow()) {
  // Runs are kept a week: enough to see failures and rhythm, not a table that grows every minute forever.
  await db.jobRun.deleteMany({ where: { job: job.name, startedAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  const run = await db.jobRun.create({ data: { job: job.name, outcome: JOB_RUN_STATUS.running, startedAt: now } });
  try {
    const result = await job.run(now);
    await db.jobRun.update({ where: { id: run.id }, data: { outcome: JOB_RUN_STATUS.succeeded, finishedAt: clockNow(), summary: summarize(result) } });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun.update({ where: { id: run.id }, data: { outcome: JOB_RUN_STATUS.failed, finishedAt: clockNow(), error: message.slice(0, 2000) } });
    throw error;
  }
}
