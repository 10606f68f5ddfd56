// Words for the đề án timeline: each audit event of a đề án (and of its amendments) as people say it.
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE, isProjectStatus } from './lifecycle/project';

/** Audit events of a đề án that are not status changes. */
export const PROJECT_AUDIT_LABELS = {
  create: 'Tạo đề án',
  updateGeneral: 'Sửa thông tin chung',
  setBeneficiaries: 'Cập nhật cơ sở thụ hưởng',
  replaceCostLines: 'Cập nhật dự toán chi tiết',
  uploadDocument: 'Tải lên tài liệu',
  deleteDocument: 'Xoá tài liệu',
  recordNormException: 'Ghi nhận ngoại lệ vượt mức chi',
  requestAmendment: 'Đề nghị điều chỉnh',
  applyAmendment: 'Áp dụng điều chỉnh (phiên bản mới)',
  uploadAcceptanceDocument: 'Tải lên hồ sơ nghiệm thu',
  recordOutput: 'Ghi kết quả thực hiện',
  importParticipants: 'Nhập danh sách học viên',
  deleteOutput: 'Xoá kết quả thực hiện',
} as const;

export type ProjectAuditEvent = keyof typeof PROJECT_AUDIT_LABELS;

export function projectAuditLabel(entityType: string, event: string): string {
  if (entityType === 'Amendment' && event in AMENDMENT_LIFECYCLE.events) {
    return AMENDMENT_LIFECYCLE.events[event as keyof typeof AMENDMENT_LIFECYCLE.events].label;
  }
  if (event in PROJECT_LIFECYCLE.events) return PROJECT_LIFECYCLE.events[event as keyof typeof PROJECT_LIFECYCLE.events].label;
  if (event in PROJECT_AUDIT_LABELS) return PROJECT_AUDIT_LABELS[event as ProjectAuditEvent];
  return event;
}

export function projectStatusLabel(value: string | null): string {
  if (!value) return '';
  if (isProjectStatus(value)) return PROJECT_LIFECYCLE.statusLabels[value];
  return value in AMENDMENT_LIFECYCLE.statusLabels ? AMENDMENT_LIFECYCLE.statusLabels[value as keyof typeof AMENDMENT_LIFECYCLE.statusLabels] : value;
}
