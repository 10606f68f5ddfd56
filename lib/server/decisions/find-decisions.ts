import 'server-only';
import { Prisma } from '@/prisma/generated/client/client';
import type { DecisionKind } from '@/prisma/generated/client/enums';
import type { Actor } from '@/lib/domain/roles';
import { consolidatedPlanScope, decisionScope, programmeScope, projectScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { escapeLike } from '@/lib/domain/format';

export const DECISIONS_PAGE_SIZE = 25;

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  PROGRAMME_APPROVAL: 'Phê duyệt chương trình',
  PROGRAMME_AMENDMENT: 'Điều chỉnh chương trình',
  PLAN_APPROVAL: 'Phê duyệt kế hoạch',
  PROJECT_APPROVAL: 'Phê duyệt đề án',
  AMENDMENT_APPROVAL: 'Phê duyệt điều chỉnh đề án',
  ACCEPTANCE: 'Nghiệm thu',
  SETTLEMENT_APPROVAL: 'Phê duyệt quyết toán',
  LIQUIDATION: 'Thanh lý hợp đồng',
  YEARLY_SETTLEMENT: 'Quyết toán năm theo nguồn',
  OTHER: 'Khác',
};

export interface DecisionFilters {
  q?: string;
  kind?: DecisionKind;
  year?: number;
  page?: number;
}

/** Decisions whose number, summary, issuer, signer or legal basis contain every word, ignoring diacritics. */
async function searchDecisionIds(actor: Actor, q: string): Promise<number[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  const conditions = words.map((word) => {
    const pattern = `%${escapeLike(word)}%`;
    return Prisma.sql`lower(unaccent(concat_ws(' ', d."number", d."summary", d."issuer", d."signer", d."legalBasis"))) LIKE lower(unaccent(${pattern}))`;
  });
  if (conditions.length === 0) return [];
  const province = actor.provinceId === null ? Prisma.sql`TRUE` : Prisma.sql`d."provinceId" = ${actor.provinceId}`;
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT d."id" FROM "Decision" d WHERE ${province} AND ${Prisma.join(conditions, ' AND ')}`;
  return rows.map((r) => r.id);
}

/**
 * The decision register: every quyết định recorded anywhere in the portal, newest first, each with
 * the records it decided — only those the actor may see.
 */
export async function findDecisions(actor: Actor, filters: DecisionFilters) {
  assertCan(actor, 'decision:read');
  const and: Prisma.DecisionWhereInput[] = [decisionScope(actor)];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.year) and.push({ issuedOn: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } });
  if (filters.q?.trim()) and.push({ id: { in: await searchDecisionIds(actor, filters.q.trim()) } });
  const where: Prisma.DecisionWhereInput = { AND: and };
  const page = Math.max(1, filters.page ?? 1);
  const project = projectScope(actor);
  const projectRef = { select: { id: true, code: true, name: true } } as const;
  const [rows, total] = await Promise.all([
    db.decision.findMany({
      where,
      orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * DECISIONS_PAGE_SIZE,
      take: DECISIONS_PAGE_SIZE,
      include: {
        programmes: { where: programmeScope(actor), select: { id: true, code: true, name: true } },
        plans: { where: consolidatedPlanScope(actor), select: { id: true, year: true, title: true } },
        projects: { where: project, select: { id: true, code: true, name: true } },
        amendments: { where: { project }, select: { id: true, project: projectRef } },
        acceptances: { where: { project }, select: { id: true, project: projectRef } },
        settlements: { where: { project }, select: { id: true, project: projectRef } },
      },
    }),
    db.decision.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DECISIONS_PAGE_SIZE)) };
}
