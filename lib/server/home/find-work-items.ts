import 'server-only';
import { PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { formatVnd, sumVnd } from '@/lib/domain/money';
import { formatDate } from '@/lib/domain/format';
import { can } from '@/lib/domain/permissions';
import type { Actor, Role } from '@/lib/domain/roles';
import { paymentRequestScope, projectScope } from '@/lib/domain/scope';
import { db } from '../db';
import { findMoneyPositions } from '../payments/find-money-position';

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

/** Which đề án states wait for which role's action. */
const PROJECT_STATES_WAITING_FOR: Partial<Record<Role, { states: ProjectStatus[]; title: string; hint: string }[]>> = {
  TTKC_STAFF: [
    { states: ['DRAFT'], title: 'Đề án dự thảo cần hoàn thiện và gửi', hint: 'Hoàn thiện hồ sơ, dự toán rồi gửi đăng ký.' },
    { states: ['SUBMITTED'], title: 'Đề án chờ thẩm định', hint: 'Thẩm định hồ sơ, dự toán và đề xuất mức hỗ trợ.' },
    { states: ['APPROVED'], title: 'Đề án đã phê duyệt, chờ ký hợp đồng', hint: 'Ký hợp đồng với đơn vị thụ hưởng.' },
    { states: ['IN_PROGRESS', 'UNDER_ACCEPTANCE'], title: 'Đề án đang thực hiện / nghiệm thu', hint: 'Theo dõi tiến độ, tổ chức nghiệm thu.' },
  ],
  SCT_LEADER: [
    { states: ['APPRAISED'], title: 'Đề án đã thẩm định, chờ phê duyệt', hint: 'Xem kết quả thẩm định và quyết định phê duyệt.' },
    { states: ['UNDER_ACCEPTANCE'], title: 'Đề án đang nghiệm thu', hint: 'Nghiệm thu cấp Sở.' },
  ],
  XA_OFFICER: [{ states: ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'], title: 'Đề án đang triển khai trên địa bàn', hint: 'Phối hợp theo dõi, tham gia nghiệm thu.' }],
  BENEFICIARY: [
    { states: ['UNDER_ACCEPTANCE'], title: 'Đề án chờ hồ sơ nghiệm thu của cơ sở', hint: 'Tải lên hoá đơn, hợp đồng, biên bản theo danh mục.' },
    { states: ['CONTRACTED', 'IN_PROGRESS'], title: 'Đề án cơ sở đang thực hiện', hint: 'Thực hiện theo hợp đồng đã ký.' },
  ],
  MINISTRY_OFFICER: [{ states: ['SUBMITTED', 'APPRAISED'], title: 'Đề án KCQG chờ xem xét', hint: 'Đề án khuyến công quốc gia do các địa phương đăng ký.' }],
};

const LIMIT = 8;

export async function findWorkItems(actor: Actor): Promise<WorkSection[]> {
  const sections: WorkSection[] = [];
  for (const group of PROJECT_STATES_WAITING_FOR[actor.role] ?? []) {
    const where = { AND: [projectScope(actor), { status: { in: group.states } }] };
    const [rows, total] = await Promise.all([
      db.project.findMany({
        where,
        orderBy: { updatedAt: 'desc' },
        take: LIMIT,
        select: { id: true, code: true, name: true, status: true, approvedSupportVnd: true, stateSupportVnd: true, updatedAt: true },
      }),
      db.project.count({ where }),
    ]);
    sections.push({
      title: group.title,
      hint: group.hint,
      total,
      items: rows.map((p) => ({
        href: `/de-an/${p.id}`,
        title: `${p.code} · ${p.name}`,
        meta: `${PROJECT_LIFECYCLE.statusLabels[p.status]} · hỗ trợ ${formatVnd(p.approvedSupportVnd ?? p.stateSupportVnd)} · cập nhật ${formatDate(p.updatedAt)}`,
      })),
    });
  }
  if (can(actor, 'project:amend-decide')) {
    const where = { status: 'REQUESTED' as const, project: projectScope(actor) };
    const [rows, total] = await Promise.all([
      db.amendment.findMany({
        where,
        orderBy: { requestedAt: 'asc' },
        take: LIMIT,
        select: { reason: true, requestedAt: true, scale: true, project: { select: { id: true, code: true, name: true } } },
      }),
      db.amendment.count({ where }),
    ]);
    sections.push({
      title: 'Đề nghị điều chỉnh đề án chờ quyết định',
      hint: 'Xem nội dung trước/sau điều chỉnh và phê duyệt hoặc từ chối.',
      total,
      items: rows.map((a) => ({
        href: `/de-an/${a.project.id}`,
        title: `${a.project.code} · ${a.project.name}`,
        meta: `${a.scale === 'LARGE' ? 'Điều chỉnh lớn' : 'Điều chỉnh nhỏ'} · ${a.reason} · ${formatDate(a.requestedAt)}`,
      })),
    });
  }
  if (actor.role === 'KBNN_OFFICER' || actor.role === 'TTKC_STAFF') {
    const states = actor.role === 'KBNN_OFFICER' ? (['SENT_TO_TREASURY'] as const) : (['DRAFT', 'REFUSED'] as const);
    const where = { AND: [paymentRequestScope(actor), { status: { in: [...states] } }] };
    const [rows, total] = await Promise.all([
      db.paymentRequest.findMany({
        where,
        orderBy: { createdAt: 'asc' },
        take: LIMIT,
        select: { id: true, kind: true, amountVnd: true, status: true, sentAt: true, createdAt: true, project: { select: { id: true, code: true, name: true } } },
      }),
      db.paymentRequest.count({ where }),
    ]);
    sections.push({
      title: actor.role === 'KBNN_OFFICER' ? 'Đề nghị thanh toán chờ kiểm soát chi' : 'Đề nghị tạm ứng/thanh toán chưa gửi hoặc bị từ chối',
      hint: actor.role === 'KBNN_OFFICER' ? 'Kiểm soát theo dự toán được giao và hợp đồng; chấp nhận hoặc từ chối có lý do.' : 'Hoàn thiện chứng từ và gửi Kho bạc.',
      total,
      items: rows.map((r) => ({
        href: `/de-an/${r.project.id}`,
        title: `${r.kind === 'ADVANCE' ? 'Tạm ứng' : 'Thanh toán'} ${formatVnd(r.amountVnd)} · ${r.project.code}`,
        meta: `${r.project.name} · ${PAYMENT_LIFECYCLE.statusLabels[r.status]} · ${formatDate(r.sentAt ?? r.createdAt)}`,
      })),
    });
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
  const scope = projectScope(actor);
  const [projects, approved] = await Promise.all([db.project.count({ where: scope }), db.project.findMany({ where: scope, select: { id: true, approvedSupportVnd: true } })]);
  // Paid = what the Kho bạc paid on the đề án in scope, from their money positions: a ministry
  // officer sees every KCQG đề án's payments although no payment request is "sent" to it.
  const positions = await findMoneyPositions(db, approved.map((p) => p.id));
  return {
    projects,
    approvedSupport: formatVnd(sumVnd(approved.map((p) => p.approvedSupportVnd))),
    paid: formatVnd(sumVnd([...positions.values()].map((p) => p.disbursedVnd))),
  };
}
