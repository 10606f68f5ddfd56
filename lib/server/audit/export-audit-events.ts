import 'server-only';
import ExcelJS from 'exceljs';
import { formatDateTime } from '@/lib/domain/format';
import type { Actor } from '@/lib/domain/roles';
import type { AuditQuery } from '@/lib/schemas/audit';
import { db } from '../db';
import { auditRowSelect, auditWhere } from './find-audit-events';

/** One file stays openable: beyond this, narrow the filters (the sheet says so). */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The filtered audit log as an Excel workbook, newest first, with the chain position of each row. */
export async function exportAuditEvents(actor: Actor, query: AuditQuery): Promise<Buffer> {
  const where = auditWhere(actor, query);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: AUDIT_EXPORT_LIMIT, select: auditRowSelect }),
    db.auditEvent.count({ where }),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const sheet = workbook.addWorksheet('Nhật ký', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Số TT chuỗi', key: 'seq', width: 12 },
    { header: 'Thời điểm', key: 'at', width: 18 },
    { header: 'Người thực hiện', key: 'who', width: 28 },
    { header: 'Sự kiện', key: 'event', width: 22 },
    { header: 'Đối tượng', key: 'entity', width: 20 },
    { header: 'Mã đối tượng', key: 'entityId', width: 12 },
    { header: 'Từ trạng thái', key: 'from', width: 16 },
    { header: 'Sang trạng thái', key: 'to', width: 16 },
    { header: 'Lý do', key: 'reason', width: 36 },
    { header: 'Dữ liệu', key: 'data', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      seq: r.chainSeq === null ? '' : Number(r.chainSeq),
      at: formatDateTime(r.createdAt),
      who: r.actor ? `${r.actor.fullName} (${r.actor.username})` : '—',
      event: r.event,
      entity: r.entityType,
      entityId: r.entityId,
      from: r.fromStatus ?? '',
      to: r.toStatus ?? '',
      reason: r.reason ?? '',
      data: r.data === null ? '' : JSON.stringify(r.data),
    });
  }
  if (total > rows.length) sheet.addRow({ seq: '', at: `Chỉ xuất ${rows.length} trên ${total} sự kiện: hãy thu hẹp bộ lọc.` });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
