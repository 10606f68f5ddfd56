import { Card, EmptyState } from '@/components/ui/card';
import { DataTable, Td } from '@/components/ui/table';
import { formatVnd, formatVndPlain } from '@/lib/domain/money';
import type { ProjectDetail } from '@/lib/server/projects/get-project';

type CostLine = ProjectDetail['costLines'][number];

const quantity = (q: { toString(): string }) => String(Number(q.toString())).replace('.', ',');

/**
 * Dự toán chi tiết, read-only: on a phone one card per line with its amount and state support in
 * view (eight columns cannot fit 375 px); the full table from the `sm` breakpoint up.
 */
export function CostLinesCard({ project }: { project: ProjectDetail }) {
  const facilityName = new Map(project.beneficiaries.map((b) => [b.facilityId, b.facility.name]));
  return (
    <Card title="Dự toán chi tiết">
      {project.costLines.length === 0 ? (
        <EmptyState>Chưa lập dự toán.</EmptyState>
      ) : (
        <>
          <ul aria-label="Các dòng dự toán" className="divide-y divide-slate-100 sm:hidden">
            {project.costLines.map((line) => (
              <li key={line.id} className="py-2 text-sm">
                <p className="font-medium text-slate-900">{line.item}</p>
                <p className="text-xs text-slate-600">
                  {quantity(line.quantity)} {line.unit} × {formatVnd(line.unitPriceVnd)}
                  {project.isGroup && ` · ${line.facilityId ? facilityName.get(line.facilityId) : 'Chi phí chung'}`}
                </p>
                <dl className="mt-1 grid grid-cols-2 gap-x-3 text-xs">
                  <dt className="text-slate-600">Thành tiền</dt>
                  <dd className="tabular text-right font-semibold">{formatVnd(line.amountVnd)}</dd>
                  <dt className="text-slate-600">Ngân sách hỗ trợ</dt>
                  <dd className="tabular text-right">{formatVnd(line.stateSupportVnd)}</dd>
                  <dt className="text-slate-600">Đối ứng · khác</dt>
                  <dd className="tabular text-right">{formatVnd(line.counterpartVnd)} · {formatVnd(line.otherVnd)}</dd>
                </dl>
              </li>
            ))}
            <li className="py-2 text-sm font-semibold">
              Tổng cộng <span className="tabular float-right">{formatVnd(project.totalCostVnd)}</span>
              <span className="block text-xs font-normal text-slate-600">Ngân sách hỗ trợ {formatVnd(project.stateSupportVnd)}</span>
            </li>
          </ul>
          <DataTable
            caption="Dự toán chi tiết"
            rows={project.costLines}
            hiddenOnPhone
            columns={[
              { header: 'Nội dung chi', cell: (line) => line.item },
              { header: 'ĐVT', cell: (line) => line.unit },
              { header: 'Số lượng', cell: (line) => quantity(line.quantity), numeric: true },
              { header: 'Đơn giá', cell: (line) => formatVndPlain(line.unitPriceVnd), numeric: true },
              { header: 'Thành tiền', cell: (line) => formatVndPlain(line.amountVnd), numeric: true },
              { header: 'Ngân sách', cell: (line) => formatVndPlain(line.stateSupportVnd), numeric: true },
              { header: 'Đối ứng', cell: (line) => formatVndPlain(line.counterpartVnd), numeric: true },
              { header: 'Khác', cell: (line) => formatVndPlain(line.otherVnd), numeric: true },
              ...(project.isGroup ? [{ header: 'Cơ sở', cell: (line: CostLine) => (line.facilityId ? facilityName.get(line.facilityId) : 'Chi phí chung') }] : []),
            ]}
            footer={
              <tr className="font-semibold">
                <Td>Tổng cộng</Td>
                <Td />
                <Td />
                <Td />
                <Td numeric>{formatVndPlain(project.totalCostVnd)}</Td>
                <Td numeric>{formatVndPlain(project.stateSupportVnd)}</Td>
                <Td numeric>{formatVndPlain(project.counterpartVnd)}</Td>
                <Td numeric>{formatVndPlain(project.otherFundingVnd)}</Td>
                {project.isGroup && <Td />}
              </tr>
            }
          />
        </>
      )}
    </Card>
  );
}
