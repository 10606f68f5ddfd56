import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import type { Actor } from '@/lib/domain/roles';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import { projectScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { adminUnitLabel } from '../admin-unit-label';

const decisionSummary = { select: { id: true, number: true, issuedOn: true, issuer: true, signer: true, documentId: true } } as const;
const documentSummary = { select: { id: true, kind: true, title: true, fileName: true, sizeBytes: true, uploadedAt: true } } as const;

/** One đề án with everything its page shows, loaded through the actor's scope. */
export async function getProjectOrThrow(actor: Actor, id: number) {
  assertCan(actor, 'project:read');
  return getInScopeOrThrow(
    db.project.findFirst({
      where: { AND: [{ id }, projectScope(actor)] },
      include: {
        contentCategory: { select: { id: true, code: true, name: true, parentId: true, dossierChecklist: true, acceptanceChecklist: true } },
        programmeTarget: { select: { id: true, itemNo: true, name: true, unit: true, group: { select: { code: true } } } },
        implementingOrg: { select: { name: true } },
        adminUnit: { select: { id: true, type: true, name: true, formerArea: true } },
        approvalDecision: true,
        beneficiaries: {
          include: { facility: { select: { id: true, name: true, taxCode: true, legalForm: true, adminUnit: adminUnitLabel } } },
          orderBy: { facilityId: 'asc' },
        },
        costLines: { orderBy: { sortOrder: 'asc' } },
        documents: { where: { acceptanceId: null, review: { in: [...DOCUMENT_SERVED_STATES] } }, orderBy: { uploadedAt: 'asc' }, ...documentSummary },
        appraisals: { orderBy: { appraisedAt: 'desc' } },
        contracts: { orderBy: { signedOn: 'asc' }, include: { partyAOrg: { select: { name: true } } } },
        acceptances: {
          orderBy: { createdAt: 'desc' },
          include: { decision: decisionSummary, documents: { where: { review: { in: [...DOCUMENT_SERVED_STATES] } }, orderBy: { uploadedAt: 'asc' }, ...documentSummary } },
        },
        amendments: { orderBy: { requestedAt: 'desc' }, include: { decision: decisionSummary } },
        // Whether there is anything to list: most đề án have no outputs and no inspections, and their
        // lists (with participants, people and places) are then not read at all (get-project-page.ts).
        _count: { select: { outputs: true, inspections: true } },
      },
    }),
    async () => (await db.project.count({ where: { id } })) > 0,
    'đề án',
  );
}

export type ProjectDetail = Awaited<ReturnType<typeof getProjectOrThrow>>;

/** The columns `select` names of one đề án the actor may read, loaded through the actor's scope (a page's heading and its figures). */
export async function getProjectSelectionOrThrow<S extends Prisma.ProjectSelect>(actor: Actor, id: number, select: S) {
  assertCan(actor, 'project:read');
  const scoped = db.project.findFirst({ where: { AND: [{ id }, projectScope(actor)] }, select }) as Promise<Prisma.ProjectGetPayload<{ select: S }> | null>;
  return getInScopeOrThrow(scoped, async () => (await db.project.count({ where: { id } })) > 0, 'đề án');
}

/**
 * Timeline of the đề án: its audit rows and those of its amendments (`amendmentIds`, as
 * getProjectOrThrow loaded them), newest first. Call only after getProjectOrThrow (which checked the scope).
 */
export async function findProjectTimeline(projectId: number, amendmentIds: readonly number[]) {
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'Project', entityId: projectId },
        ...(amendmentIds.length ? [{ entityType: 'Amendment', entityId: { in: [...amendmentIds] } }] : []),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { actor: { select: { fullName: true } } },
  });
}
