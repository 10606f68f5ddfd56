import 'server-only';
import { ANNUAL_PLAN_UNSENT_STATES } from '@/lib/domain/lifecycle/plan';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import type { AnnualPlanStatus, OrganizationKind } from '@/prisma/generated/client/enums';
import { db } from '../db';

/** Organisations expected to register a plan each year. */
export const EXPECTED_REGISTRANT_KINDS: readonly OrganizationKind[] = ['UBND_XA', 'TTKC', 'SERVICE_ORG'];

export interface SubmissionRow {
  organizationId: number;
  organizationName: string;
  kind: OrganizationKind;
  formerArea: string | null;
  planId: number | null;
  status: AnnualPlanStatus | null;
  items: number;
  submittedAt: Date | null;
  version: number | null;
}

/** Whether the actor follows every unit's registration (reviewers, the SCT, Sở Tài chính), not only their own. */
export function canFollowAllRegistrations(actor: Actor): boolean {
  return can(actor, 'plan:review') || can(actor, 'plan:consolidate') || can(actor, 'plan:appraise-budget');
}

/**
 * Who has and has not sent a plan for the round, at a glance: every UBND xã, the Trung tâm and the
 * service organisations of the province against their plan's status (null = not started).
 */
export async function findRoundSubmissions(actor: Actor, round: { id: number; provinceId: number }): Promise<SubmissionRow[]> {
  if (!canFollowAllRegistrations(actor)) return [];
  const [orgs, plans] = await Promise.all([
    db.organization.findMany({
      where: { provinceId: round.provinceId, kind: { in: [...EXPECTED_REGISTRANT_KINDS] } },
      include: { adminUnit: { select: { formerArea: true } } },
    }),
    db.annualPlan.findMany({
      where: { AND: [annualPlanScope(actor), { consolidatedPlanId: round.id }] },
      select: { id: true, organizationId: true, status: true, submittedAt: true, version: true, _count: { select: { items: true } } },
    }),
  ]);
  const byOrg = new Map(plans.map((p) => [p.organizationId, p]));
  // Plans of organisations of other kinds (e.g. the SCT's own) still belong in the list.
  const listed = new Set(orgs.map((o) => o.id));
  const extra = plans.filter((p) => !listed.has(p.organizationId)).map((p) => p.organizationId);
  const extraOrgs = extra.length
    ? await db.organization.findMany({ where: { id: { in: extra } }, include: { adminUnit: { select: { formerArea: true } } } })
    : [];
  const kindOrder: Record<string, number> = { TTKC: 0, SERVICE_ORG: 1, UBND_XA: 2 };
  return [...orgs, ...extraOrgs]
    .map((org) => {
      const plan = byOrg.get(org.id);
      return {
        organizationId: org.id,
        organizationName: org.name,
        kind: org.kind,
        formerArea: org.adminUnit?.formerArea ?? null,
        planId: plan?.id ?? null,
        status: plan?.status ?? null,
        items: plan?._count.items ?? 0,
        submittedAt: plan?.submittedAt ?? null,
        version: plan ? plan.version : null,
      };
    })
    .sort((a, b) => (kindOrder[a.kind] ?? 9) - (kindOrder[b.kind] ?? 9) || a.organizationName.localeCompare(b.organizationName, 'vi'));
}

/** The rows that still owe a plan: not started or still a draft. */
export function pendingSubmissions(rows: readonly SubmissionRow[]): SubmissionRow[] {
  return rows.filter((r) => r.status === null || ANNUAL_PLAN_UNSENT_STATES.includes(r.status));
}
