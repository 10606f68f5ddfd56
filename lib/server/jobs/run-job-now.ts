import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { notFoundError } from '../errors';
import { jobDefinitions } from './registry';
import { runJob } from './run-job';

/** The admin runs a job at once (after fixing a cause); safe because every job is idempotent. */
export async function runJobNow(actor: Actor, name: string) {
  assertCan(actor, 'system:monitor');
  const job = jobDefinitions().find((j) => j.name === name);
  if (!job) throw notFoundError('tác vụ');
  await db.$transaction((tx) => recordAudit(tx, actor, { entityType: 'Job', entityId: 0, provinceId: actor.provinceId, event: 'runJobNow', data: { job: name } }));
  return runJob(job);
}
