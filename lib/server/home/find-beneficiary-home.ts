import 'server-only';
import { dossierItems } from '@/lib/domain/acceptance-dossier';
import { beneficiaryNextAction, PROJECT_PLAIN_STATUS, type DossierFacts, type NextAction } from '@/lib/domain/beneficiary-home';
import { ACCEPTANCE_OPEN_STATES } from '@/lib/domain/lifecycle/acceptance';
import { FACILITY_VERIFICATION_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { PROJECT_ACCEPTANCE_STATES } from '@/lib/domain/lifecycle/project';
import { ROUND_REGISTRATION_STATES } from '@/lib/domain/lifecycle/plan';
import { adminUnitName } from '@/lib/domain/labels';
import { parseChecklist } from '@/lib/domain/project-documents';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { projectScope, supportRequestScope } from '@/lib/domain/scope';
import { db } from '../db';
import { adminUnitLabel } from '../admin-unit-label';

export interface BeneficiaryHome {
  facility: { name: string; taxCode: string; place: string; verificationLabel: string };
  nextAction: NextAction;
  projects: { id: number; code: string; name: string; plainStatus: string; missingDocuments: number; endDate: Date | null }[];
  requestCount: number;
  notifications: { id: number; title: string; body: string | null; link: string | null; createdAt: Date; unread: boolean }[];
}

/**
 * What the facility's home shows above its money: its đề án in plain words with the acceptance
 * papers still missing (read from the acceptance checklist and the documents already filed), its
 * latest support request, the next step and its latest notices. Only the actor's own facility.
 */
export async function findBeneficiaryHome(actor: Actor): Promise<BeneficiaryHome | null> {
  // The facility's own page: asked of the permission table (decision 0040), not of the role name.
  if (!can(actor, 'support-request:apply') || !actor.facilityId) return null;
  const facility = await db.facility.findFirst({
    where: { id: actor.facilityId, provinceId: actor.provinceId ?? -1 },
    select: { name: true, taxCode: true, verification: true, verificationNote: true, provinceId: true, adminUnit: adminUnitLabel },
  });
  if (!facility) return null;
  const [projects, latest, requestCount, round, notifications] = await Promise.all([
    db.project.findMany({
      where: projectScope(actor),
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      take: 20,
      select: {
        id: true,
        code: true,
        name: true,
        status: true,
        endDate: true,
        contentCategory: { select: { acceptanceChecklist: true } },
        // The open round of this facility (a group đề án holds one per facility).
        acceptances: {
          where: { status: { in: [...ACCEPTANCE_OPEN_STATES] }, OR: [{ facilityId: null }, { facilityId: actor.facilityId }] },
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: { id: true, status: true, documents: { select: { id: true, kind: true, review: true, uploadedAt: true } } },
        },
      },
    }),
    db.supportRequest.findFirst({
      where: supportRequestScope(actor),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, status: true, refusalReason: true, year: true, planItem: { select: { project: { select: { id: true, code: true, status: true } } } } },
    }),
    db.supportRequest.count({ where: supportRequestScope(actor) }),
    db.consolidatedPlan.findFirst({
      where: { provinceId: facility.provinceId, status: { in: [...ROUND_REGISTRATION_STATES] } },
      orderBy: { year: 'desc' },
      select: { year: true, registrationDeadline: true },
    }),
    db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: 'desc' }, take: 5, select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true } }),
  ]);
  // Papers counted as the dossier page counts them: a withdrawn or replaced file is not filed.
  const dossiers: DossierFacts[] = [];
  const rows = projects.map((p) => {
    const round = PROJECT_ACCEPTANCE_STATES.includes(p.status) ? p.acceptances[0] : undefined;
    let missing = 0;
    if (round) {
      const items = dossierItems(parseChecklist(p.contentCategory.acceptanceChecklist), round.documents);
      missing = items.filter((i) => i.required && !i.present && !i.needsReplacement).length;
      const toReplace = items.filter((i) => i.needsReplacement).length;
      dossiers.push({ projectId: p.id, code: p.code, acceptanceId: round.id, status: round.status, missing, toReplace, dueOn: p.endDate });
    }
    return { id: p.id, code: p.code, name: p.name, plainStatus: PROJECT_PLAIN_STATUS[p.status], missingDocuments: missing, endDate: p.endDate };
  });
  const place = adminUnitName(facility.adminUnit);
  return {
    facility: { name: facility.name, taxCode: facility.taxCode, place, verificationLabel: FACILITY_VERIFICATION_LIFECYCLE.statusLabels[facility.verification] },
    nextAction: beneficiaryNextAction({
      verification: facility.verification,
      verificationNote: facility.verificationNote,
      adminUnitName: place,
      dossiers,
      latestRequest: latest ? { id: latest.id, title: latest.title, status: latest.status, refusalReason: latest.refusalReason, year: latest.year, project: latest.planItem?.project ?? null } : null,
      openRound: round ? { year: round.year, deadline: round.registrationDeadline } : null,
    }),
    projects: rows,
    requestCount,
    notifications: notifications.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, unread: n.readAt === null })),
  };
}
