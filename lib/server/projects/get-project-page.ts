import 'server-only';
import { canDeleteProjectDraft, projectEventsFor } from '@/lib/domain/lifecycle/project';
import { overdueWarning } from '@/lib/domain/project-overdue';
import type { Actor } from '@/lib/domain/roles';
import { today } from '../dates';
import { db } from '../db';
import { findProjectInspections } from '../inspections/find-inspections';
import { findProjectOutputs } from '../outputs/find-project-outputs';
import { findMoneyPositionOfLoaded } from '../payments/find-money-position';
import { findDuplicateSupportWarnings } from './find-duplicate-support';
import { findProjectNorm } from './find-project-norm';
import { findSubmissionProblems } from './find-submission-problems';
import { findProjectTimeline, getProjectOrThrow } from './get-project';

/** Everything the đề án page shows, read through the actor's scope. */
export async function getProjectPageOrThrow(actor: Actor, id: number) {
  const project = await getProjectOrThrow(actor, id);
  const events = projectEventsFor(actor, project);
  const [timeline, norm, duplicates, submission, money, outputs, inspections] = await Promise.all([
    findProjectTimeline(project.id, project.amendments.map((a) => a.id)),
    findProjectNorm(actor, project),
    findDuplicateSupportWarnings(actor, project),
    events.includes('submit') ? findSubmissionProblems(db, project) : Promise.resolve(null),
    // The contracts and acceptances are loaded already: only requests, refunds and settlement are read.
    findMoneyPositionOfLoaded(db, project),
    findProjectOutputs(actor, project.id, project._count.outputs),
    findProjectInspections(actor, project.id, project._count.inspections),
  ]);
  const recommended = project.appraisals.find((a) => a.result === 'PASS')?.recommendedSupportVnd ?? null;
  const mayDelete = canDeleteProjectDraft(actor, project);
  const overdue = overdueWarning(project, today());
  return { project, money, events, mayDelete, overdue, timeline, norm, duplicates, outputs, inspections, submissionProblems: submission?.problems ?? [], recommendedVnd: recommended };
}

export type ProjectPage = Awaited<ReturnType<typeof getProjectPageOrThrow>>;
