// Entry point of `npm run worker` (scripts/worker.mjs): the scheduled jobs in their own process,
// for a deployment that runs the web server with JOBS_IN_PROCESS=false.
import { startJobWorker } from './start-worker';

const worker = await startJobWorker();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void worker.stop().finally(() => process.exit(0));
  });
}
