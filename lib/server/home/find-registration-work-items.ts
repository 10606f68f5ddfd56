import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { FACILITY_PENDING, SUPPORT_REQUEST_AWAITING } from '@/lib/domain/lifecycle/beneficiary';
import { formatVnd } from '@/lib/domain/money';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { facilityScope, supportRequestScope } from '@/lib/domain/scope';
import { db } from '../db';
import { queueSection, type WorkSection } from './find-work-items';
import { adminUnitLabel } from '../admin-unit-label';

/** On a xã officer's or the Trung tâm's home: self-registered facilities to verify and support requests waiting to be taken into a plan. */
export async function findRegistrationWorkItems(actor: Actor): Promise<WorkSection[]> {
  const sections: WorkSection[] = [];
  if (can(actor, 'facility:verify')) {
    const where = { AND: [facilityScope(actor), { verification: FACILITY_PENDING }] };
    sections.push(
      await queueSection(
        { title: 'Cơ sở tự đăng ký chờ xác minh', hint: 'Xác minh, hoặc từ chối kèm lý do; chỉ cơ sở đã xác minh mới được đưa vào kế hoạch, đề án.' },
        (take) => db.facility.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take, select: { id: true, name: true, taxCode: true, createdAt: true, adminUnit: adminUnitLabel } }),
        db.facility.count({ where }),
        (f) => ({ href: '/co-so/cho-xac-minh', title: f.name, meta: `MST ${f.taxCode} · ${adminUnitName(f.adminUnit)} · đăng ký ${formatDate(f.createdAt)}` }),
      ),
    );
  }
  if (can(actor, 'plan:register')) {
    const where = { AND: [supportRequestScope(actor), { status: { in: [...SUPPORT_REQUEST_AWAITING] } }] };
    sections.push(
      await queueSection(
        { title: 'Đề nghị hỗ trợ của cơ sở chờ xem xét', hint: 'Đưa vào kế hoạch năm của đơn vị, hoặc trả lời cơ sở lý do.' },
        (take) => db.supportRequest.findMany({ where, orderBy: [{ sentAt: 'asc' }, { id: 'asc' }], take, select: { id: true, title: true, requestedSupportVnd: true, sentAt: true, facility: { select: { name: true } } } }),
        db.supportRequest.count({ where }),
        (r) => ({ href: `/de-nghi-ho-tro/${r.id}`, title: `${r.facility.name}: ${r.title}`, meta: `Đề nghị hỗ trợ ${formatVnd(r.requestedSupportVnd)}${r.sentAt ? ` · gửi ${formatDate(r.sentAt)}` : ''}` }),
      ),
    );
  }
  // A queue with nothing waiting is not shown.
  return sections.filter((s) => s.total > 0);
}
