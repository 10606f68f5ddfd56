import 'server-only';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { ANNUAL_PLAN_AWAITING_REVIEW_STATES, ANNUAL_PLAN_LIFECYCLE, ANNUAL_PLAN_RETURNED, CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope, consolidatedPlanScope } from '@/lib/domain/scope';
import { ROUND_STEP_STATES, ROUND_STEPS } from '@/lib/domain/work-queues';
import { db } from '../db';
import { queueSection, type WorkSection } from './find-work-items';
import { adminUnitLabel } from '../admin-unit-label';

// Yearly-plan work on the home page: which round waits for this person, and what they must do.

export async function findPlanWorkItems(actor: Actor): Promise<WorkSection[]> {
  if (!can(actor, 'plan:read')) return [];
  const sections: WorkSection[] = [];
  const rounds = await db.consolidatedPlan.findMany({
    where: { AND: [consolidatedPlanScope(actor), { status: { in: [...ROUND_STEP_STATES] } }] },
    orderBy: { year: 'desc' },
    select: { year: true, status: true, registrationDeadline: true },
  });
  for (const step of ROUND_STEPS) {
    if (!can(actor, step.permission)) continue;
    const waiting = rounds.filter((r) => r.status === step.status);
    if (waiting.length === 0) continue;
    sections.push({
      title: step.title,
      hint: step.hint,
      total: waiting.length,
      items: waiting.map((r) => ({
        href: `/ke-hoach/${r.year}${step.path}`,
        title: `Kế hoạch khuyến công năm ${r.year}`,
        meta: `${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[r.status]} · hạn đăng ký ${formatDate(r.registrationDeadline)}`,
      })),
    });
  }
  if (can(actor, 'plan:review')) {
    const where = { AND: [annualPlanScope(actor), { status: { in: [...ANNUAL_PLAN_AWAITING_REVIEW_STATES] } }] };
    sections.push(
      await queueSection(
        { title: 'Kế hoạch của xã/đơn vị chờ xem xét', hint: 'Chấp nhận, trả lại có ý kiến hoặc không chấp nhận từng đề xuất.' },
        (take) =>
          db.annualPlan.findMany({
            where,
            orderBy: { submittedAt: 'asc' },
            take,
            select: { id: true, year: true, submittedAt: true, organization: { select: { name: true } }, adminUnit: adminUnitLabel, _count: { select: { items: true } } },
          }),
        db.annualPlan.count({ where }),
        (p) => ({
          href: `/ke-hoach/${p.year}/don-vi/${p.id}`,
          title: `${p.organization.name} — năm ${p.year}`,
          meta: `${p._count.items} đề xuất · ${adminUnitName(p.adminUnit) || 'cấp thành phố'} · gửi ${formatDate(p.submittedAt)}`,
        }),
      ),
    );
  }
  if (can(actor, 'plan:register')) {
    const returned = await db.annualPlan.findMany({
      where: { AND: [annualPlanScope(actor), { status: ANNUAL_PLAN_RETURNED }] },
      select: { id: true, year: true, reviewComment: true, organization: { select: { name: true } } },
    });
    if (returned.length > 0) {
      sections.push({
        title: 'Kế hoạch bị trả lại cần chỉnh sửa',
        hint: 'Sửa theo ý kiến xem xét rồi gửi lại.',
        total: returned.length,
        items: returned.map((p) => ({
          href: `/ke-hoach/${p.year}/don-vi/${p.id}`,
          title: `${p.organization.name} — năm ${p.year}`,
          meta: `${ANNUAL_PLAN_LIFECYCLE.statusLabels[ANNUAL_PLAN_RETURNED]}${p.reviewComment ? ` · ${p.reviewComment}` : ''}`,
        })),
      });
    }
  }
  return sections;
}
