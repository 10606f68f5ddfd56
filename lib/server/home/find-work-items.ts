import 'server-only';
import { AMENDMENT_PENDING_STATES, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { PAYMENT_LIFECYCLE, PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import { formatVnd } from '@/lib/domain/money';
import { formatDate } from '@/lib/domain/format';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope, projectScope, treasuryShareScope } from '@/lib/domain/scope';
import { PAYMENT_QUEUES, PROJECT_QUEUES } from '@/lib/domain/work-queues';
import { db } from '../db';

export interface WorkItem {
  href: string;
  title: string;
  meta: string;
}

export interface WorkSection {
  title: string;
  /** Why these wait for this user. */
  hint: string;
  items: WorkItem[];
  total: number;
}

/** How many items a queue of the home page lists; its `total` says how many wait in all. */
const WORK_ITEM_LIMIT = 8;

/**
 * A queue of the home page: its first rows — `first` reads them given how many to take — and how
 * many wait in all (`total`, the count of the same `where`), read together.
 */
export async function queueSection<R>(
  heading: Pick<WorkSection, 'title' | 'hint'>,
  first: (take: number) => PromiseLike<R[]>,
  total: PromiseLike<number>,
  item: (row: R) => WorkItem,
): Promise<WorkSection> {
  const [rows, count] = await Promise.all([first(WORK_ITEM_LIMIT), total]);
  return { title: heading.title, hint: heading.hint, total: count, items: rows.map(item) };
}

export async function findWorkItems(actor: Actor): Promise<WorkSection[]> {
  const sections: WorkSection[] = [];
  for (const group of PROJECT_QUEUES[actor.role] ?? []) {
    const where = { AND: [projectScope(actor), { status: { in: [...group.states] } }] };
    sections.push(
      await queueSection(
        group,
        (take) => db.project.findMany({ where, orderBy: { updatedAt: 'desc' }, take, select: { id: true, code: true, name: true, status: true, approvedSupportVnd: true, stateSupportVnd: true, updatedAt: true } }),
        db.project.count({ where }),
        (p) => ({
          href: `/de-an/${p.id}`,
          title: `${p.code} · ${p.name}`,
          meta: `${PROJECT_LIFECYCLE.statusLabels[p.status]} · hỗ trợ ${formatVnd(p.approvedSupportVnd ?? p.stateSupportVnd)} · cập nhật ${formatDate(p.updatedAt)}`,
        }),
      ),
    );
  }
  if (can(actor, 'project:amend-decide')) {
    const where = { status: { in: [...AMENDMENT_PENDING_STATES] }, project: projectScope(actor) };
    sections.push(
      await queueSection(
        { title: 'Đề nghị điều chỉnh đề án chờ quyết định', hint: 'Xem nội dung trước/sau điều chỉnh và phê duyệt hoặc từ chối.' },
        (take) => db.amendment.findMany({ where, orderBy: { requestedAt: 'asc' }, take, select: { reason: true, requestedAt: true, scale: true, project: { select: { id: true, code: true, name: true } } } }),
        db.amendment.count({ where }),
        (a) => ({
          href: `/de-an/${a.project.id}`,
          title: `${a.project.code} · ${a.project.name}`,
          meta: `${a.scale === 'LARGE' ? 'Điều chỉnh lớn' : 'Điều chỉnh nhỏ'} · ${a.reason} · ${formatDate(a.requestedAt)}`,
        }),
      ),
    );
  }
  const paymentQueue = PAYMENT_QUEUES[actor.role];
  if (paymentQueue) {
    const where = { AND: [paymentRequestScope(actor), { status: { in: [...paymentQueue.states] } }] };
    sections.push(
      await queueSection(
        paymentQueue,
        (take) =>
          db.paymentRequest.findMany({
            where,
            orderBy: { createdAt: 'asc' },
            take,
            select: { kind: true, amountVnd: true, status: true, sentAt: true, createdAt: true, project: { select: { id: true, code: true, name: true } } },
          }),
        db.paymentRequest.count({ where }),
        (r) => ({
          href: `/de-an/${r.project.id}`,
          title: `${r.kind === 'ADVANCE' ? 'Tạm ứng' : 'Thanh toán'} ${formatVnd(r.amountVnd)} · ${r.project.code}`,
          meta: `${r.project.name} · ${PAYMENT_LIFECYCLE.statusLabels[r.status]} · ${formatDate(r.sentAt ?? r.createdAt)}`,
        }),
      ),
    );
  }
  return sections;
}

export interface ScopeSummary {
  projects: number;
  approvedSupport: string;
  paid: string;
}

/** Headline figures of what this actor can see, computed from records. */
export async function getScopeSummary(actor: Actor): Promise<ScopeSummary> {
  // One aggregate in the database. Paid = what the Kho bạc paid on the đề án in scope (the money
  // position's "disbursed", kept on each row by the database as disbursedVnd): a ministry officer
  // sees every KCQG đề án's payments although no payment request is "sent" to it. A Kho bạc's đề án
  // are read from the rows the database keeps of them (the same set, without the join).
  const shares = treasuryShareScope(actor);
  const totals = shares
    ? await db.treasuryProjectShare.aggregate({ where: shares, _count: { _all: true }, _sum: { approvedSupportVnd: true, disbursedVnd: true } })
    : await db.project.aggregate({ where: projectScope(actor), _count: { _all: true }, _sum: { approvedSupportVnd: true, disbursedVnd: true } });
  return {
    projects: totals._count._all,
    approvedSupport: formatVnd(totals._sum.approvedSupportVnd ?? 0n),
    paid: formatVnd(totals._sum.disbursedVnd ?? 0n),
  };
}
