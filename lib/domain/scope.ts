// Which rows an actor may see: one `where` per model, spread into every query (STYLE.md
// "Authorization = permission × scope"). A row outside the scope does not exist for that actor.
// Rules: province staff see their province; a xã officer only their xã; a beneficiary only its
// own facility; Kho bạc only what was sent to its treasury; the ministry reads national funds (KCQG).
import type { Prisma } from '@/prisma/generated/client/client';
import { SUPPORT_REQUEST_SENT_STATES } from './lifecycle/beneficiary';
import type { Actor } from './roles';

/** Matches nothing: for roles that have no business with a model. */
const NONE = { id: -1 } as const;

const PROVINCE_WIDE = new Set(['SYSTEM_ADMIN', 'SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER']);

function provinceOf(actor: Actor): number {
  // Province-bound roles always carry a province; a missing one must never widen the scope.
  return actor.provinceId ?? -1;
}

function sentToTreasury(actor: Actor): Prisma.PaymentRequestWhereInput {
  return { treasuryOrgId: actor.organizationId ?? -1, status: { not: 'DRAFT' } };
}

export function projectScope(actor: Actor): Prisma.ProjectWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  switch (actor.role) {
    case 'MINISTRY_OFFICER':
      return { fundingLevel: 'KCQG' };
    case 'XA_OFFICER':
      return { provinceId: provinceOf(actor), adminUnitId: actor.adminUnitId ?? -1 };
    case 'BENEFICIARY':
      return { provinceId: provinceOf(actor), beneficiaries: { some: { facilityId: actor.facilityId ?? -1 } } };
    case 'KBNN_OFFICER':
      // The đề án with a request sent to its treasury, as the database keeps them (treasuryShareScope).
      return { provinceId: provinceOf(actor), treasuryShares: { some: { treasuryOrgId: actor.organizationId ?? -1 } } };
    default:
      return NONE;
  }
}

/**
 * A Kho bạc's đề án as the rows the database keeps of them (TreasuryProjectShare, migration
 * 20261204090000): the same set projectScope gives it — its province's đề án with a request sent to
 * its treasury — with their approved support and payments, without joining every request it ever
 * received. Null for every other role, whose scope is read from the đề án themselves.
 */
export function treasuryShareScope(actor: Actor): Prisma.TreasuryProjectShareWhereInput | null {
  if (actor.role !== 'KBNN_OFFICER') return null;
  return { treasuryOrgId: actor.organizationId ?? -1, provinceId: provinceOf(actor) };
}

export function paymentRequestScope(actor: Actor): Prisma.PaymentRequestWhereInput {
  if (actor.role === 'KBNN_OFFICER') return { provinceId: provinceOf(actor), ...sentToTreasury(actor) };
  if (actor.role === 'MINISTRY_OFFICER') return NONE;
  return { project: projectScope(actor) };
}

/**
 * Whether figures computed from a project's payment requests (advanced, paid, remaining) may be
 * shown: not to a role whose payment-request scope is empty — the ministry reads national đề án,
 * not the province's disbursements — since a total tells what the hidden rows hold.
 */
export function seesPaymentFigures(actor: Actor): boolean {
  return paymentRequestScope(actor) !== NONE;
}

export function facilityScope(actor: Actor): Prisma.FacilityWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  switch (actor.role) {
    case 'XA_OFFICER':
      return { provinceId: provinceOf(actor), adminUnitId: actor.adminUnitId ?? -1 };
    case 'BENEFICIARY':
      return { id: actor.facilityId ?? -1 };
    case 'KBNN_OFFICER':
      return { provinceId: provinceOf(actor), projectLinks: { some: { project: projectScope(actor) } } };
    case 'MINISTRY_OFFICER':
      return { projectLinks: { some: { project: { fundingLevel: 'KCQG' } } } };
    default:
      return NONE;
  }
}

/** Rows of a xã: the province's for province staff, the officer's own xã's for a xã officer, none for anyone else. */
function provinceOrOwnXa(actor: Actor): { provinceId: number; adminUnitId?: number } | typeof NONE {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  if (actor.role === 'XA_OFFICER') return { provinceId: provinceOf(actor), adminUnitId: actor.adminUnitId ?? -1 };
  return NONE;
}

export function annualPlanScope(actor: Actor): Prisma.AnnualPlanWhereInput {
  return provinceOrOwnXa(actor);
}

export function consolidatedPlanScope(actor: Actor): Prisma.ConsolidatedPlanWhereInput {
  if (PROVINCE_WIDE.has(actor.role) || actor.role === 'XA_OFFICER') return { provinceId: provinceOf(actor) };
  return NONE;
}

export function programmeScope(actor: Actor): Prisma.ProgrammeWhereInput {
  if (actor.role === 'MINISTRY_OFFICER') return { level: 'KCQG' };
  if (actor.role === 'BENEFICIARY' || actor.role === 'KBNN_OFFICER') return NONE;
  return { provinceId: provinceOf(actor) };
}

export function decisionScope(actor: Actor): Prisma.DecisionWhereInput {
  if (actor.role === 'MINISTRY_OFFICER') {
    return { OR: [{ projects: { some: { fundingLevel: 'KCQG' } } }, { programmes: { some: { level: 'KCQG' } } }] };
  }
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  // Others see the decisions about the đề án they can see (approval, amendment, acceptance, settlement).
  const project = projectScope(actor);
  return {
    provinceId: provinceOf(actor),
    OR: [
      { projects: { some: project } },
      { amendments: { some: { project } } },
      { acceptances: { some: { project } } },
      { settlements: { some: { project } } },
    ],
  };
}

export function adminUnitScope(actor: Actor): Prisma.AdminUnitWhereInput {
  if (actor.role === 'MINISTRY_OFFICER') return {};
  return { provinceId: provinceOf(actor) };
}

export function auditEventScope(actor: Actor): Prisma.AuditEventWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  return NONE;
}

/** Repayment schedules: those of đề án in scope; a beneficiary sees only its own facility's. */
export function repaymentScheduleScope(actor: Actor): Prisma.RepaymentScheduleWhereInput {
  const project = { project: projectScope(actor) };
  return actor.role === 'BENEFICIARY' ? { ...project, facilityId: actor.facilityId ?? -1 } : project;
}

/**
 * Support requests (đề nghị hỗ trợ): a facility sees its own, drafts included; its xã official those
 * sent from the xã; province-wide staff those sent in the province. Drafts stay the facility's.
 */
export function supportRequestScope(actor: Actor): Prisma.SupportRequestWhereInput {
  const sent = { status: { in: [...SUPPORT_REQUEST_SENT_STATES] } };
  if (actor.role === 'BENEFICIARY') return { provinceId: provinceOf(actor), facilityId: actor.facilityId ?? -1 };
  if (actor.role === 'XA_OFFICER') return { provinceId: provinceOf(actor), adminUnitId: actor.adminUnitId ?? -1, ...sent };
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor), ...sent };
  return NONE;
}

/**
 * Inspections: province staff see the province's plan; a xã officer those held in the xã or visiting
 * a đề án of the xã. Other roles have no business with them.
 */
export function inspectionScope(actor: Actor): Prisma.InspectionWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  if (actor.role === 'XA_OFFICER') {
    const xa = actor.adminUnitId ?? -1;
    return { provinceId: provinceOf(actor), OR: [{ adminUnitId: xa }, { project: { adminUnitId: xa } }] };
  }
  return NONE;
}

/** Cộng tác viên khuyến công: the province's list for province staff, the xã's own for a xã officer. */
export function collaboratorScope(actor: Actor): Prisma.CollaboratorWhereInput {
  return provinceOrOwnXa(actor);
}

/**
 * Product contest rounds: province staff see their province's; a xã officer the city-wide rounds
 * and its own xã's (it forwards entries and may sit on a council). A round's entries are seen with it.
 */
export function contestRoundScope(actor: Actor): Prisma.ContestRoundWhereInput {
  if (PROVINCE_WIDE.has(actor.role)) return { provinceId: provinceOf(actor) };
  if (actor.role === 'XA_OFFICER') {
    return { provinceId: provinceOf(actor), OR: [{ adminUnitId: null }, { adminUnitId: actor.adminUnitId ?? -1 }] };
  }
  return NONE;
}
