import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ProgressSection } from '@/components/programmes/progress-section';
import { PlanVsDoneTable } from '@/components/reports/plan-vs-done-table';
import { RecoverableTable } from '@/components/reports/recoverable-table';
import { ReportFilters } from '@/components/reports/report-filters';
import { SummaryTable } from '@/components/reports/summary-table';
import { Alert } from '@/components/ui/alert';
import { ButtonDownload, ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { can } from '@/lib/domain/permissions';
import { LEVERAGE_RULE, PERCENT_RULE } from '@/lib/domain/reports';
import { exportLink, reportLink } from '@/lib/domain/reports-links';
import { reportQuerySchema } from '@/lib/schemas/report';
import { requirePermission } from '@/lib/server/auth';
import { findReportPage } from '@/lib/server/reports/find-report-page';

export const metadata: Metadata = { title: 'Báo cáo' };

type Search = Record<string, string | string[] | undefined>;

const EXPORTS = [
  { mau: 'danh-sach', label: 'Excel: danh sách theo khu vực', ministry: false },
  { mau: 'noi-dung', label: 'Excel: theo nội dung', ministry: false },
  { mau: 'ke-hoach', label: 'Excel: kế hoạch – thực hiện', ministry: false },
  { mau: 'tinh', label: 'Excel: tổng hợp theo tỉnh', ministry: true },
];

export default async function ReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('report:read', '/bao-cao');
  const search = await searchParams;
  const query = reportQuerySchema.parse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { report, planVsDone, recoverable, options, progress } = await findReportPage(actor, query);
  const period = query.yearFrom || query.yearTo ? `${query.yearFrom ?? 'từ đầu'}–${query.yearTo ?? 'nay'}` : 'mọi năm';
  const total = report.total;
  const sections = [
    { title: 'Theo nguồn kinh phí', first: 'Nguồn', rows: report.bySource },
    { title: 'Theo khu vực', first: 'Khu vực', rows: report.byArea },
    { title: 'Theo nhóm nội dung', first: 'Nhóm nội dung', rows: report.byContentGroup },
    { title: 'Theo nội dung', first: 'Nội dung', rows: report.byContent },
    { title: 'Theo năm', first: 'Năm', rows: report.byYear },
    { title: 'Theo xã/phường/đặc khu', first: 'Xã/phường/đặc khu', rows: report.byXa },
    { title: 'Theo tỉnh, thành phố', first: 'Tỉnh, thành phố', rows: report.byProvince },
  ].filter((s) => s.rows.length > 0);
  return (
    <>
      <PageHeader
        title="Báo cáo tổng hợp khuyến công"
        description={`Kỳ báo cáo: ${period}. Mọi số liệu tính từ hồ sơ trong cổng và dữ liệu lịch sử đã nhập; bấm vào số đề án để xem danh sách.`}
        actions={
          <div className="flex flex-wrap gap-2">
            {EXPORTS.filter((e) => !e.ministry || actor.role === 'MINISTRY_OFFICER').map((e) => (
              <ButtonDownload key={e.mau} href={exportLink(query, e.mau)}>
                {e.label}
              </ButtonDownload>
            ))}
            <ButtonLink href="/bao-cao/dinh-ky">Báo cáo định kỳ</ButtonLink>
            {can(actor, 'programme:edit') && <ButtonLink href="/bao-cao/nhap-lich-su">Nhập dữ liệu lịch sử</ButtonLink>}
          </div>
        }
      />
      <ReportFilters query={query} action="/bao-cao" options={options} />
      {report.straddlingAggregates > 0 && (
        <Alert tone="warning">
          {report.straddlingAggregates} dòng số liệu tổng hợp lịch sử ghi cho cả một giai đoạn không nằm trọn trong kỳ đã chọn nên không được tính (không chia được theo năm).{' '}
          <Link href={reportLink({ ...query, yearFrom: undefined, yearTo: undefined }, '/bao-cao/lich-su')} className="underline">Xem các dòng lịch sử</Link>
        </Alert>
      )}
      <p className="my-3 text-xs text-slate-600">
        {PERCENT_RULE} {LEVERAGE_RULE} Đề án được tính: đã phê duyệt trở đi, không tính đề án bị dừng hoặc không được duyệt. Giải ngân = số Kho bạc đã thanh toán ÷ hỗ trợ được duyệt.
      </p>
      {!total || total.projects === 0n ? (
        <EmptyState>Không có đề án nào trong kỳ và phạm vi đã chọn.</EmptyState>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="r-total">
            <h2 id="r-total" className="mb-2 text-lg font-semibold">Tổng hợp</h2>
            <SummaryTable caption="Tổng hợp" firstColumn="" rows={[total]} query={query} />
          </section>
          {sections.map((s, i) => (
            <section key={s.title} aria-labelledby={`r-${i}`}>
              <h2 id={`r-${i}`} className="mb-2 text-lg font-semibold">{s.title}</h2>
              <SummaryTable caption={s.title} firstColumn={s.first} rows={[...s.rows, total]} query={query} />
            </section>
          ))}
        </div>
      )}
      <section aria-labelledby="r-plan" className="mt-8">
        <h2 id="r-plan" className="mb-2 text-lg font-semibold">Kế hoạch và thực hiện theo năm</h2>
        <p className="mb-2 text-xs text-slate-600">
          Kế hoạch: các đề xuất được chấp nhận trong kế hoạch năm đã có quyết định của UBND; những năm trước khi có cổng lấy số kế hoạch đã nhập. Hoàn thành: đề án đã nghiệm thu trở đi
          (lịch sử: đã nghiệm thu, đã quyết toán, hoặc dòng tổng hợp của một năm). Kinh phí thực hiện: số đã giải ngân. {PERCENT_RULE}
        </p>
        {planVsDone.length === 0 ? <EmptyState>Chưa có kế hoạch hay kết quả nào trong kỳ.</EmptyState> : <PlanVsDoneTable rows={planVsDone} />}
      </section>
      {recoverable.length > 0 && (
        <section aria-labelledby="r-recoverable" className="mt-8">
          <h2 id="r-recoverable" className="mb-2 text-lg font-semibold">Hỗ trợ có thu hồi</h2>
          <RecoverableTable rows={recoverable} />
        </section>
      )}
      {progress.length > 0 && (
        <section aria-labelledby="r-progress" className="mt-8 space-y-4">
          <h2 id="r-progress" className="text-lg font-semibold">Tiến độ chỉ tiêu chương trình</h2>
          {progress.map(({ programme, progress: p }) => (
            <Card key={programme.id} title={<Link href={`/chuong-trinh/${programme.id}#tien-do`} className="hover:underline">{programme.name}</Link>}>
              <ProgressSection programmeId={programme.id} years={p.years} groups={p.groups} year={null} />
            </Card>
          ))}
        </section>
      )}
    </>
  );
}
