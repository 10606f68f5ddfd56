import 'server-only';
import { env } from '../env';
import { startJobWorker } from './start-worker';

const globalForJobs = globalThis as unknown as { khuyencongJobs?: Promise<unknown> };

/**
 * Called from instrumentation.ts when the Next server starts: runs the job worker in the same
 * process unless JOBS_IN_PROCESS=false (then `npm run worker` runs it apart). Started in the
 * background — the portal serves pages even if the worker cannot start, and says why in the log.
 */
export function startInProcessWorker(): void {
  if (!env().JOBS_IN_PROCESS || globalForJobs.khuyencongJobs) return;
  globalForJobs.khuyencongJobs = startJobWorker().catch((error: unknown) => {
    console.error(`[jobs] the in-process worker did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
}
