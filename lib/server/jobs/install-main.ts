// Run by the launchers (scripts/lib/run.mjs installJobQueues) as the database owner, after the
// migrations: the job queue's schema and queues, which the application role may not create.
import { env } from '../env';
import { installJobQueues } from './install-queues';

await installJobQueues(env().DATABASE_URL);
process.exit(0);
