import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Card, EmptyState } from '@/components/ui/card';
import { DataTable, WithNote } from '@/components/ui/table';
import { CONTEST_LEVEL_LABELS } from '@/lib/domain/contest';
import { formatNumber } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import { formatPercent, PERCENT_ROUNDING_RULE } from '@/lib/domain/percent';
import { firstValues, publicPageQuerySchema } from '@/lib/schemas/query';
import { today } from '@/lib/server/dates';
import { findPublicOverview, findPublicProvinces } from '@/lib/server/public/find-public-overview';

export const metadata: Metadata = {
  title: 'Thông tin công khai',
  description: 'Đề án khuyến công được phê duyệt, sản phẩm công nghiệp nông thôn tiêu biểu và tiến độ chương trình khuyến công.',
};

/**
 * The public page: no sign-in, no session read. Its figures come from a data cache shared by every
 * visitor (lib/server/public/find-public-overview.ts, refreshed every few minutes and at once when
 * contest results are published); only what is public by nature is shown (docs/decisions/0037).
 */
export default async function PublicPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = publicPageQuerySchema.parse(firstValues(await searchParams));
  const provinces = await findPublicProvinces();
  const code = provinces.some((p) => p.code === query.tinh) ? query.tinh! : provinces[0]?.code;
  const year = query.nam ?? today().getUTCFullYear();
  const data = code ? await findPublicOverview(code, year, query.trang) : null;
  const link = (tinh: string, nam: number, trang = 1) => `/cong-khai?tinh=${tinh}&nam=${nam}${trang > 1 ? `&trang=${trang}` : ''}`;

  return (
    <div className="min-h-screen bg-slate-50">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-4">
          <p className="text-lg font-semibold">Cổng quản lý khuyến công — Thông tin công khai</p>
          <Link href="/dang-nhap" className="text-sm underline">Đăng nhập</Link>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold text-slate-900">
          Khuyến công {data?.province.name ?? ''} năm {year}
        </h1>
        <nav aria-label="Chọn tỉnh, thành phố và năm" className="flex flex-wrap gap-2 text-sm">
          {provinces.map((p) => (
            <Link key={p.code} href={link(p.code, year)} aria-current={p.code === code ? 'page' : undefined} className={`rounded-md border px-3 py-1 ${p.code === code ? 'border-brand-700 bg-brand-50 font-semibold' : 'border-slate-300 bg-white'}`}>
              {p.name}
            </Link>
          ))}
          <span className="mx-2 text-slate-400" aria-hidden="true">|</span>
          {code && (
            <>
              <Link href={link(code, year - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">Năm {year - 1}</Link>
              <Link href={link(code, year + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">Năm {year + 1}</Link>
            </>
          )}
        </nav>
        {!data ? (
          <EmptyState>Chưa có dữ liệu.</EmptyState>
        ) : (
          <>
            <Card title={`Đề án khuyến công được phê duyệt năm ${year}${data.projectCount ? ` (${formatNumber(data.projectCount)} đề án)` : ''}`}>
              <DataTable
                caption={`Đề án khuyến công được phê duyệt năm ${year}`}
                rows={data.projects}
                empty="Chưa có đề án được phê duyệt trong năm."
                columns={[
                  { header: 'Đề án', cell: (p) => <WithNote note={p.code}><span className="font-medium">{p.name}</span></WithNote> },
                  { header: 'Cơ sở thụ hưởng', cell: (p) => (p.facilities.join('; ') || '—') },
                  { header: 'Xã', cell: (p) => (p.adminUnit ? adminUnitName(p.adminUnit) : '—') },
                  { header: 'Nội dung', cell: (p) => p.contentCategory.name },
                  { header: 'Kinh phí hỗ trợ', cell: (p) => (p.approvedSupportVnd === null ? '—' : formatVnd(BigInt(p.approvedSupportVnd))), numeric: true },
                  { header: 'Trạng thái', cell: (p) => PROJECT_LIFECYCLE.statusLabels[p.status] },
                ]}
              />
              {data.pageCount > 1 && code && (
                <nav aria-label="Phân trang đề án" className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                  {data.page > 1 && <Link href={link(code, year, data.page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">← Trang trước</Link>}
                  <span>Trang {formatNumber(data.page)}/{formatNumber(data.pageCount)}</span>
                  {data.page < data.pageCount && <Link href={link(code, year, data.page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">Trang sau →</Link>}
                </nav>
              )}
            </Card>

            <Card title={`Sản phẩm công nghiệp nông thôn tiêu biểu năm ${year}`}>
              <DataTable
                caption={`Sản phẩm công nghiệp nông thôn tiêu biểu năm ${year}`}
                rows={data.winners}
                empty="Chưa có kết quả bình chọn được công bố trong năm."
                columns={[
                  { header: 'Cuộc bình chọn', cell: (w) => <WithNote note={CONTEST_LEVEL_LABELS[w.round.level]}>{w.round.name}</WithNote> },
                  { header: 'Hạng', cell: (w) => w.rank, numeric: true },
                  { header: 'Sản phẩm', cell: (w) => <WithNote note={w.productGroup}><span className="font-medium">{w.productName}</span></WithNote> },
                  { header: 'Cơ sở', cell: (w) => w.facility.name },
                  { header: 'Xã', cell: (w) => adminUnitName(w.adminUnit) },
                ]}
              />
            </Card>

            {data.programmes.map((p) => (
              <Card key={p.id} title={`Tiến độ chương trình: ${p.name} (${p.startYear}–${p.endYear})`}>
                <DataTable
                  caption={`Tiến độ ${p.code}`}
                  rows={p.targets}
                  columns={[
                    { header: 'Chỉ tiêu', cell: (t) => <>{t.group}.{t.itemNo}. {t.name}</> },
                    { header: 'ĐVT', cell: (t) => t.unit },
                    { header: `Kế hoạch năm ${year}`, cell: (t) => (t.year?.planned === null || !t.year ? '—' : formatNumber(t.year.planned)), numeric: true },
                    { header: `Đã đạt năm ${year}`, cell: (t) => formatNumber(t.year?.achieved ?? 0), numeric: true },
                    { header: 'Kế hoạch cả giai đoạn', cell: (t) => (t.period.planned === null ? '—' : formatNumber(t.period.planned)), numeric: true },
                    { header: 'Đã đạt cả giai đoạn', cell: (t) => formatNumber(t.period.achieved), numeric: true },
                    { header: '% đạt giai đoạn', cell: (t) => formatPercent(t.period.percentAchieved), numeric: true },
                  ]}
                />
                <p className="mt-2 text-xs text-slate-500">{PERCENT_ROUNDING_RULE}</p>
              </Card>
            ))}
          </>
        )}
      </main>
    </div>
  );
}
