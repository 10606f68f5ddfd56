import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { JOB_RUN_STATUS, nextRunAfter, scheduleLabel } from '@/lib/domain/schedule';
import { assertCan } from '../authz';
import { now as clockNow } from '../clock';
import { db } from '../db';
import { env } from '../env';
import { jobDefinitions } from './registry';

const WEEK_MS = 7 * 86_400_000;

/** Each scheduled job with its last run, next run and failures of the past week. */
export async function getJobOverview(actor: Actor, now = clockNow()) {
  assertCan(actor, 'system:monitor');
  const since = new Date(now.getTime() - WEEK_MS);
  const [lastRuns, failures, recentFailures] = await Promise.all([
    db.jobRun.findMany({ distinct: ['job'], orderBy: [{ job: 'asc' }, { startedAt: 'desc' }] }),
    db.jobRun.groupBy({ by: ['job'], where: { outcome: JOB_RUN_STATUS.failed, startedAt: { gte: since } }, _count: { _all: true } }),
    db.jobRun.findMany({ where: { outcome: JOB_RUN_STATUS.failed, startedAt: { gte: since } }, orderBy: { startedAt: 'desc' }, take: 20 }),
  ]);
  const jobs = jobDefinitions().map((job) => ({
    name: job.name,
    label: job.label,
    schedule: scheduleLabel(job.schedule),
    nextRunAt: nextRunAfter(job.schedule, now),
    lastRun: lastRuns.find((r) => r.job === job.name) ?? null,
    failuresThisWeek: failures.find((f) => f.job === job.name)?._count._all ?? 0,
  }));
  const labels = new Map(jobs.map((j) => [j.name, j.label]));
  return {
    jobs,
    recentFailures: recentFailures.map((f) => ({ ...f, label: labels.get(f.job) ?? f.job })),
    inProcess: env().JOBS_IN_PROCESS,
  };
}
