import { DataTable, RowLink } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import type { OrganizationKind } from '@/prisma/generated/client/enums';
import { PlanStatusBadge } from './plan-status-badge';

const KIND: Partial<Record<OrganizationKind, string>> = { UBND_XA: 'UBND xã', TTKC: 'Trung tâm', SERVICE_ORG: 'Tổ chức dịch vụ', SCT: 'Sở Công Thương' };

export interface SubmissionView {
  organizationId: number;
  organizationName: string;
  kind: OrganizationKind;
  formerArea: string | null;
  planId: number | null;
  status: Parameters<typeof PlanStatusBadge>[0]['status'];
  items: number;
  submittedAt: Date | null;
  version: number | null;
}

/** Every unit expected to register, against its plan: who has sent, who has not. */
export function SubmissionsTable({ year, rows }: { year: number; rows: SubmissionView[] }) {
  return (
    <DataTable
      caption="Tình hình gửi kế hoạch của các đơn vị"
      rows={rows}
      rowKey={(row) => row.organizationId}
      columns={[
        { header: 'Đơn vị', cell: (row) => <RowLink href={row.planId ? `/ke-hoach/${year}/don-vi/${row.planId}` : null}>{row.organizationName}</RowLink>, className: 'min-w-48' },
        { header: 'Loại', cell: (row) => (KIND[row.kind] ?? row.kind) },
        { header: 'Khu vực', cell: (row) => (row.formerArea ?? '') },
        { header: 'Trạng thái', cell: (row) => <PlanStatusBadge status={row.status} /> },
        { header: 'Đề xuất', cell: (row) => row.items, numeric: true },
        { header: 'Gửi lúc', cell: (row) => (row.submittedAt ? `${formatDateTime(row.submittedAt)}${row.version && row.version > 1 ? ` (lần ${row.version})` : ''}` : '') },
      ]}
    />
  );
}
