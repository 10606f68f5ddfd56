import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';
import { findMoneyPosition } from '../payments/find-money-position';
import { findDuplicateSupportWarnings } from './find-duplicate-support';
import { findProjectNorm } from './find-project-norm';
import { findSubmissionProblems } from './find-submission-problems';
import { findProjectTimeline, getProjectOrThrow } from './get-project';

/** Everything the đề án page shows, read through the actor's scope. */
export async function getProjectPageOrThrow(actor: Actor, id: number) {
  const project = await getProjectOrThrow(actor, id);
  const events = availableEvents(PROJECT_LIFECYCLE, actor, project.status);
  const [timeline, norm, duplicates, submission, money] = await Promise.all([
    findProjectTimeline(project.id),
    findProjectNorm(actor, project),
    findDuplicateSupportWarnings(actor, project),
    events.includes('submit') ? findSubmissionProblems(db, project) : Promise.resolve(null),
    findMoneyPosition(db, project.id),
  ]);
  const recommended = project.appraisals.find((a) => a.result === 'PASS')?.recommendedSupportVnd ?? null;
  return { project, money, events, timeline, norm, duplicates, submissionProblems: submission?.problems ?? [], recommendedVnd: recommended };
}

export type ProjectPage = Awaited<ReturnType<typeof getProjectPageOrThrow>>;
