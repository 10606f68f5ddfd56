// What the timed pages call (scripts/bench/sql-time.ts). sql-time.ts imports it dynamically, after
// wrapping pg's Client#query, so that nothing of the portal runs before the capture is in place.
import { projectListQuerySchema } from '@/lib/schemas/project';
import { reportQuerySchema } from '@/lib/schemas/report';
import { db } from '@/lib/server/db';
import { findTreasuryQueue } from '@/lib/server/payments/find-treasury-queue';
import { findProgrammeProgress } from '@/lib/server/programmes/find-programme-progress';
import { findProgrammes } from '@/lib/server/programmes/find-programmes';
import { findProjectFilterOptions } from '@/lib/server/projects/find-project-form-options';
import { findProjects } from '@/lib/server/projects/find-projects';
import { findPlanVsDone } from '@/lib/server/reports/find-plan-vs-done';
import { findRecoverableSummary } from '@/lib/server/reports/find-recoverable-summary';
import { findReportOptions } from '@/lib/server/reports/find-report-options';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';

export { db, projectListQuerySchema, reportQuerySchema, findProjects, findProjectFilterOptions, findSummaryReport, findPlanVsDone, findRecoverableSummary, findReportOptions, findTreasuryQueue, findProgrammes, findProgrammeProgress };
