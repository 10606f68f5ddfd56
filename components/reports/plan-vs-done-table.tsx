import { Table, Td, Th } from '@/components/ui/table';
import { formatVndPlain } from '@/lib/domain/money';
import { formatPercent } from '@/lib/domain/reports';
import type { PlanVsDoneRow } from '@/lib/server/reports/find-plan-vs-done';

/** Kế hoạch và thực hiện theo năm: đề án and money, with the percentage. */
export function PlanVsDoneTable({ rows }: { rows: PlanVsDoneRow[] }) {
  return (
    <Table caption="Kế hoạch và thực hiện theo năm">
      <thead>
        <tr>
          <Th>Năm</Th>
          <Th numeric>Đề án kế hoạch</Th>
          <Th numeric>Đề án hoàn thành</Th>
          <Th numeric>Đạt (đề án)</Th>
          <Th numeric>Kinh phí kế hoạch (đồng)</Th>
          <Th numeric>Đã giải ngân (đồng)</Th>
          <Th numeric>Đạt (kinh phí)</Th>
          <Th>Nguồn số kế hoạch</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.year}>
            <Td>{r.year}</Td>
            <Td numeric>{r.plannedProjects.toString()}</Td>
            <Td numeric>{r.doneProjects.toString()}</Td>
            <Td numeric>{formatPercent(r.projectsPercent)}</Td>
            <Td numeric>{formatVndPlain(r.plannedVnd)}</Td>
            <Td numeric>{formatVndPlain(r.doneVnd)}</Td>
            <Td numeric>{formatPercent(r.moneyPercent)}</Td>
            <Td>{r.plannedFromHistory ? 'Số liệu lịch sử đã nhập' : 'Kế hoạch năm đã quyết định'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
