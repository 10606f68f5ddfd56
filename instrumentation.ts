// Next calls register() once when a server starts (never during `next build`). In the Node.js
// runtime it starts the scheduled-jobs worker in this process (lib/server/jobs/in-process.ts).
// NEXT_RUNTIME is read here, not through lib/server/env.ts: Next replaces it at build time so the
// edge bundle drops the Node-only import (docs/decisions/0026-scheduled-jobs.md).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startInProcessWorker } = await import('./lib/server/jobs/in-process');
    startInProcessWorker();
  }
}
