import 'server-only';
import { env } from '../env';
import { startJobWorker } from './start-worker';

const globalForJobs = globalThis as unknown as { khuyencongJobs?: Promise<unknown> };

/** Attempts to start the worker, and the pause before each retry (ms, doubled each time). */
const START_ATTEMPTS = 6;
const FIRST_RETRY_MS = 2_000;

/**
 * Called from instrumentation.ts when the Next server starts: runs the job worker in the same
 * process unless JOBS_IN_PROCESS=false (then `npm run worker` runs it apart). Started in the
 * background — the portal serves pages even if the worker cannot start, and says why in the log.
 * Instances starting together may collide while registering the schedules (PostgreSQL reports a
 * deadlock to one of them): it tries again a little later instead of staying without a worker.
 */
export function startInProcessWorker(): void {
  if (!env().JOBS_IN_PROCESS || globalForJobs.khuyencongJobs) return;
  globalForJobs.khuyencongJobs = (async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startJobWorker();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= START_ATTEMPTS) return console.error(`[jobs] the in-process worker did not start: ${message}`);
        const pause = FIRST_RETRY_MS * 2 ** (attempt - 1) * (1 + Math.random() / 2);
        console.warn(`[jobs] starting the worker failed (${message}); trying again in ${Math.round(pause / 1000)} s`);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  })();
}
