import 'server-only';
import type { Actor, Role } from '@/lib/domain/roles';
import { findOpenAdvances } from '../payments/find-open-advances';
import type { WorkSection } from './find-work-items';

/** Who follows up advances that should have been cleared: the Trung tâm that asked, the Kho bạc that paid. */
const FOLLOWS_ADVANCES: readonly Role[] = ['TTKC_STAFF', 'KBNN_OFFICER'];

export async function findOpenAdvanceSection(actor: Actor): Promise<WorkSection[]> {
  if (!FOLLOWS_ADVANCES.includes(actor.role)) return [];
  const { total, rows } = await findOpenAdvances(actor, { limit: 10 });
  return [
    {
      title: 'Tạm ứng quá hạn thu hồi',
      hint: 'Tạm ứng phải thu hồi khi khối lượng nghiệm thu đạt tỷ lệ giá trị hợp đồng hoặc khi hết năm ngân sách; thanh toán sau nghiệm thu hoặc nộp trả để thu hồi.',
      total,
      items: rows.map((r) => ({ href: `/de-an/${r.projectId}/thanh-toan`, title: `${r.code} · ${r.name}`, meta: r.reason })),
    },
  ];
}
