import type { Metadata } from 'next';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { FieldsForm } from '@/components/settlements/fields-form';
import { Button } from '@/components/ui/button';
import { Card, FigureCards, PageHeader } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { DataTable, RowLink, WithNote } from '@/components/ui/table';
import { formatDate, formatNumber } from '@/lib/domain/format';
import { YEARLY_SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import { formatVnd } from '@/lib/domain/money';
import { lapsingOf } from '@/lib/domain/yearly-settlement';
import { yearlySettlementQuerySchema } from '@/lib/schemas/settlement';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { now } from '@/lib/server/clock';
import { findYearlySettlement } from '@/lib/server/settlements/find-yearly-settlement';
import { approveYearlySettlementAction } from './actions';

export const metadata: Metadata = { title: 'Quyết toán năm' };

type Search = Record<string, string | string[] | undefined>;
const SOURCES = { KCQG: 'Khuyến công quốc gia', KCDP: 'Khuyến công địa phương' } as const;

export default async function YearlySettlementPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('settlement:read', '/quyet-toan');
  const search = await searchParams;
  const query = yearlySettlementQuerySchema.parse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const year = query.nam ?? now().getUTCFullYear();
  const { rows, totals, record, canApprove } = await forPage(findYearlySettlement(actor, year, query.nguon));
  return (
    <>
      <PageHeader
        title={`Quyết toán năm ${year} — ${SOURCES[query.nguon]}`}
        description={record ? `${YEARLY_SETTLEMENT_LIFECYCLE.statusLabels[record.status]}${record.decision ? ` · Quyết định ${record.decision.number} ngày ${formatDate(record.decision.issuedOn)}` : ''}` : 'Chưa phê duyệt'}
        actions={
          <a href={`/quyet-toan/xuat-excel?nam=${year}&nguon=${query.nguon}`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
            Xuất Excel
          </a>
        }
      />
      <form method="get" className="mb-4 grid grid-cols-1 items-end gap-3 sm:grid-cols-3" aria-label="Chọn năm và nguồn">
        <Field id="qt-year" label="Năm">
          <Input id="qt-year" name="nam" inputMode="numeric" defaultValue={String(year)} />
        </Field>
        <Field id="qt-source" label="Nguồn kinh phí">
          <Select id="qt-source" name="nguon" defaultValue={query.nguon}>
            <option value="KCDP">{SOURCES.KCDP}</option>
            <option value="KCQG">{SOURCES.KCQG}</option>
          </Select>
        </Field>
        <Button type="submit">Xem</Button>
      </form>
      <FigureCards
        label="Tổng cộng quyết toán năm"
        columns={3}
        figures={[
          ['Số đề án', formatNumber(totals.projectCount)],
          ['Hỗ trợ được duyệt', formatVnd(totals.approvedVnd)],
          ['Kho bạc đã chi', formatVnd(totals.disbursedVnd)],
          ['Đã nộp trả', formatVnd(totals.refundedVnd)],
          ['Tạm ứng chưa thu hồi', formatVnd(totals.openAdvanceVnd)],
          ['Hết nhiệm vụ chi cuối năm', formatVnd(totals.lapsingVnd)],
        ]}
      />
      <DataTable
        caption="Đề án trong quyết toán năm"
        rows={rows}
        empty="Không có đề án nào của năm và nguồn này."
        columns={[
          { header: 'Đề án', cell: (r) => <WithNote note={r.name}><RowLink href={`/de-an/${r.id}/quyet-toan`}>{r.code}</RowLink></WithNote> },
          { header: 'Trạng thái', cell: (r) => <ProjectStatusBadge status={r.status} /> },
          { header: 'Được duyệt', cell: (r) => formatVnd(r.position.approvedVnd), numeric: true },
          { header: 'Đã chi', cell: (r) => formatVnd(r.position.disbursedVnd), numeric: true },
          { header: 'Nộp trả', cell: (r) => formatVnd(r.position.refundedVnd), numeric: true },
          { header: 'Tạm ứng chưa thu hồi', cell: (r) => formatVnd(r.position.outstandingAdvanceVnd), numeric: true },
          { header: 'Hết nhiệm vụ chi', cell: (r) => formatVnd(lapsingOf(r.position)), numeric: true },
        ]}
      />
      <p className="mt-2 text-xs text-slate-500">Hết nhiệm vụ chi = hỗ trợ được duyệt − (đã chi − đã nộp trả), khi dương.</p>
      {canApprove && (
        <Card title="Sở Tài chính phê duyệt quyết toán năm" className="mt-4 max-w-xl">
          <FieldsForm
            submitLabel="Phê duyệt quyết toán năm"
            action={approveYearlySettlementAction}
            fixed={{ year, fundingLevel: query.nguon }}
            fields={[
              { name: 'decision.number', label: 'Số quyết định', required: true },
              { name: 'decision.issuedOn', label: 'Ngày ban hành', type: 'date', required: true },
              { name: 'decision.issuer', label: 'Cơ quan ban hành', required: true, defaultValue: 'Sở Tài chính' },
              { name: 'decision.signer', label: 'Người ký', required: true },
              { name: 'decision.summary', label: 'Trích yếu', required: true, defaultValue: `Phê duyệt quyết toán kinh phí khuyến công năm ${year}` },
            ]}
          />
        </Card>
      )}
    </>
  );
}
