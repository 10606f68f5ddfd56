import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/card';
import { Field, FilterChoice, Input } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import { auditQuerySchema } from '@/lib/schemas/audit';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { AUDIT_PAGE_SIZE, findAuditEvents } from '@/lib/server/audit/find-audit-events';

export const metadata = { title: 'Nhật ký hệ thống' } satisfies Metadata;

type Search = Record<string, string | string[] | undefined>;

function queryString(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && v !== null) q.set(k, String(v));
  return q.toString();
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission('user:manage', '/quan-tri/nhat-ky');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const { rows, total, events, entityTypes } = await forPage(findAuditEvents(actor, query));
  const filters = { from: query.from, to: query.to, event: query.event, entityType: query.entityType, username: query.username, entityId: query.entityId };
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <PageHeader
        title={metadata.title}
        description="Mọi thao tác, đăng nhập và lần bị từ chối trong tỉnh/thành phố. Nhật ký chỉ ghi thêm, không sửa, không xoá được; chuỗi băm kiểm tra bằng lệnh npm run audit:verify."
        actions={
          <a href={`/quan-tri/nhat-ky/xuat-excel?${queryString(filters)}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Xuất Excel
          </a>
        }
      />
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7" aria-label="Lọc nhật ký">
        <Field id="from" label="Từ ngày">
          <Input id="from" name="from" type="date" defaultValue={query.from} />
        </Field>
        <Field id="to" label="Đến ngày">
          <Input id="to" name="to" type="date" defaultValue={query.to} />
        </Field>
        <FilterChoice id="event" label="Sự kiện" name="event" value={query.event ?? ''} options={events.map((e) => ({ value: e, label: e }))} all="Tất cả" />
        <FilterChoice id="entityType" label="Đối tượng" name="entityType" value={query.entityType ?? ''} options={entityTypes.map((e) => ({ value: e, label: e }))} all="Tất cả" />
        <Field id="entityId" label="Mã đối tượng">
          <Input id="entityId" name="entityId" inputMode="numeric" defaultValue={query.entityId} />
        </Field>
        <Field id="username" label="Người thực hiện">
          <Input id="username" name="username" defaultValue={query.username} placeholder="tên đăng nhập" />
        </Field>
        <div className="flex items-end">
          <button type="submit" className="w-full rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800">
            Lọc
          </button>
        </div>
      </form>
      {!parsed.success && <p className="mb-3 text-sm text-red-700" role="alert">Bộ lọc không hợp lệ, đang hiển thị toàn bộ nhật ký.</p>}
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {total.toLocaleString('vi-VN')} sự kiện · trang {query.page}/{pages}
      </p>
      <DataTable
        caption="Nhật ký hệ thống"
        rows={rows}
        columns={[
          { header: 'Thời điểm', cell: (r) => formatDateTime(r.createdAt), className: 'whitespace-nowrap' },
          { header: 'Người thực hiện', cell: (r) => (r.actor ? `${r.actor.fullName} (${r.actor.username})` : '—') },
          { header: 'Sự kiện', cell: (r) => r.event, className: 'font-mono text-xs' },
          { header: 'Đối tượng', cell: (r) => <>{r.entityType} #{r.entityId}</>, className: 'whitespace-nowrap' },
          { header: 'Trạng thái', cell: (r) => (r.fromStatus || r.toStatus ? `${r.fromStatus ?? '—'} → ${r.toStatus ?? '—'}` : ''), className: 'whitespace-nowrap' },
          {
            header: 'Lý do / dữ liệu',
            cell: (r) => (
              <>
                {r.reason && <span className="block">{r.reason}</span>}
                {r.data !== null && <span className="block font-mono text-slate-500">{JSON.stringify(r.data).slice(0, 300)}</span>}
              </>
            ),
            className: 'max-w-md break-words text-xs',
          },
        ]}
      />
      <nav aria-label="Phân trang" className="mt-3 flex gap-3 text-sm">
        {query.page > 1 && <Link href={`/quan-tri/nhat-ky?${queryString({ ...filters, page: query.page - 1 })}`}>← Trang trước</Link>}
        {query.page < pages && <Link href={`/quan-tri/nhat-ky?${queryString({ ...filters, page: query.page + 1 })}`}>Trang sau →</Link>}
      </nav>
    </>
  );
}
