import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
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
    <Table caption="Tình hình gửi kế hoạch của các đơn vị">
      <thead>
        <tr>
          <Th>Đơn vị</Th>
          <Th>Loại</Th>
          <Th>Khu vực</Th>
          <Th>Trạng thái</Th>
          <Th numeric>Đề xuất</Th>
          <Th>Gửi lúc</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.organizationId}>
            <Td className="min-w-48">
              {row.planId ? (
                <Link href={`/ke-hoach/${year}/don-vi/${row.planId}`} className="font-medium text-brand-700 hover:underline">
                  {row.organizationName}
                </Link>
              ) : (
                row.organizationName
              )}
            </Td>
            <Td>{KIND[row.kind] ?? row.kind}</Td>
            <Td>{row.formerArea ?? ''}</Td>
            <Td>
              <PlanStatusBadge status={row.status} />
            </Td>
            <Td numeric>{row.items}</Td>
            <Td>{row.submittedAt ? `${formatDateTime(row.submittedAt)}${row.version && row.version > 1 ? ` (lần ${row.version})` : ''}` : ''}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
