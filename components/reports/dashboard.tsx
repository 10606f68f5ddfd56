import { Link } from '@/components/ui/link';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatVndPlain } from '@/lib/domain/money';
import { formatPercent } from '@/lib/domain/reports';
import type { DashboardData, DashboardSeries } from '@/lib/server/reports/find-dashboard';
import { DashboardChart } from './dashboard-chart';

const STATE = { dataKey: 'stateSupportVnd', name: 'Hỗ trợ từ ngân sách (đồng)', color: '#1d4ed8' };
const COUNTERPART = { dataKey: 'counterpartVnd', name: 'Đối ứng (đồng)', color: '#f59e0b' };

/** A chart with its data table: the table is the accessible version and shows the exact figures. */
function ChartCard({ title, rows, first }: { title: string; rows: DashboardSeries[]; first: string }) {
  return (
    <Card title={title}>
      <DashboardChart data={rows.map((r) => ({ ...r }))} bars={[STATE, COUNTERPART]} category="label" />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">Bảng số liệu</summary>
        <Table caption={title}>
          <thead>
            <tr>
              <Th>{first}</Th>
              <Th numeric>Số đề án</Th>
              <Th numeric>Hỗ trợ (đồng)</Th>
              <Th numeric>Đối ứng (đồng)</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.key ?? r.label}>
                <Td>{r.label}</Td>
                <Td numeric>{r.projects}</Td>
                <Td numeric>{formatVndPlain(BigInt(r.stateSupportVnd))}</Td>
                <Td numeric>{formatVndPlain(BigInt(r.counterpartVnd))}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </Card>
  );
}

/** Tổng quan: the report's figures as charts on each role's home. */
export function ReportDashboard({ data }: { data: DashboardData }) {
  return (
    <section aria-labelledby="dashboard-title" className="mb-6 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="dashboard-title" className="text-lg font-semibold">Tổng quan khuyến công</h2>
        <Link href="/bao-cao" className="text-sm text-brand-700 hover:underline">Xem báo cáo đầy đủ →</Link>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title="Theo năm" first="Năm" rows={data.byYear} />
        <ChartCard title="Theo nguồn kinh phí" first="Nguồn" rows={data.bySource} />
        <ChartCard title="Theo nhóm nội dung" first="Nhóm nội dung" rows={data.byContent} />
        <ChartCard title="Theo khu vực" first="Khu vực" rows={data.byArea} />
        {data.planVsDone.length > 0 && (
          <Card title="Kế hoạch và thực hiện (kinh phí)">
            <DashboardChart
              data={data.planVsDone.map((p) => ({ ...p, label: String(p.year) }))}
              bars={[{ dataKey: 'plannedVnd', name: 'Kế hoạch (đồng)', color: '#94a3b8' }, { dataKey: 'doneVnd', name: 'Đã giải ngân (đồng)', color: '#15803d' }]}
              category="label"
            />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700">Bảng số liệu</summary>
              <Table caption="Kế hoạch và thực hiện">
                <thead>
                  <tr>
                    <Th>Năm</Th>
                    <Th numeric>Kế hoạch (đồng)</Th>
                    <Th numeric>Đã giải ngân (đồng)</Th>
                    <Th numeric>Đạt</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.planVsDone.map((p) => (
                    <tr key={p.year}>
                      <Td>{p.year}</Td>
                      <Td numeric>{formatVndPlain(BigInt(p.plannedVnd))}</Td>
                      <Td numeric>{formatVndPlain(BigInt(p.doneVnd))}</Td>
                      <Td numeric>{formatPercent(p.moneyPercent)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </details>
          </Card>
        )}
      </div>
    </section>
  );
}
