import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { CreateApiClientForm, IssueTokenButton, RevokeTokenButton } from '@/components/open-data/api-client-forms';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDateTime, formatNumber } from '@/lib/domain/format';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findApiClients } from '@/lib/server/open-data/find-api-clients';
import { createApiClientAction, issueApiTokenAction, revokeApiTokenAction } from './actions';

export const metadata = { title: 'API dữ liệu mở' } satisfies Metadata;

export default async function ApiClientsPage() {
  const actor = await requirePermission('user:manage', '/quan-tri/api-du-lieu-mo');
  const { clients, recent, provinceName } = await forPage(findApiClients(actor));
  return (
    <>
      <PageHeader
        title={metadata.title}
        description={
          <>
            Mã truy cập cho cơ sở dữ liệu quốc gia của Bộ Công Thương và các cơ quan khác: chỉ đọc, theo phạm vi tỉnh hoặc toàn quốc (KCQG), có giới hạn số yêu
            cầu mỗi phút. Mô tả các điểm truy cập: <Link className="underline" href="/du-lieu-mo">/du-lieu-mo</Link> ·{' '}
            <a className="underline" href="/api/mo/openapi.json">
              OpenAPI 3.1
            </a>
          </>
        }
      />
      <div className="grid gap-4 xl:grid-cols-3">
        <div className="min-w-0 space-y-4 xl:col-span-2">
          {clients.length === 0 && <EmptyState>Chưa có đơn vị sử dụng API nào.</EmptyState>}
          {clients.map((c) => (
            <Card
              key={c.id}
              title={c.name}
              actions={<IssueTokenButton clientId={c.id} issueAction={issueApiTokenAction} />}
            >
              <p className="mb-2 text-sm text-slate-600">
                Phạm vi: {c.province ? c.province.name : 'Toàn quốc (kinh phí KCQG)'} · Giới hạn {formatNumber(c.requestsPerMinute)} yêu cầu/phút · Tạo lúc{' '}
                {formatDateTime(c.createdAt)}
              </p>
              <ul className="divide-y divide-slate-100 text-sm" aria-label={`Mã truy cập của ${c.name}`}>
                {c.tokens.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-mono text-xs">{t.prefix}…</span>{' '}
                      {t.revokedAt ? <Badge tone="danger">Đã thu hồi {formatDateTime(t.revokedAt)}</Badge> : <Badge tone="success">Đang dùng</Badge>}
                      <span className="block text-xs text-slate-500">
                        Cấp {formatDateTime(t.createdAt)} · Dùng gần nhất {formatDateTime(t.lastUsedAt) || 'chưa dùng'}
                      </span>
                    </span>
                    {!t.revokedAt && <RevokeTokenButton tokenId={t.id} prefix={t.prefix} revokeAction={revokeApiTokenAction} />}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
          <DataTable
            caption="Yêu cầu gần nhất"
            rows={recent}
            empty="Chưa có yêu cầu nào đến API dữ liệu mở."
            columns={[
              { header: 'Thời điểm', cell: (r) => formatDateTime(r.at) },
              { header: 'Đơn vị', cell: (r) => r.client?.name ?? '—' },
              {
                header: 'Điểm truy cập',
                cell: (r) => (
                  <>
                    {r.method} {r.path}
                    {r.query}
                  </>
                ),
                className: 'break-all font-mono text-xs',
              },
              { header: 'Mã trả lời', cell: (r) => r.httpStatus, numeric: true },
              { header: 'ms', cell: (r) => r.durationMs, numeric: true },
            ]}
          />
        </div>
        <Card title="Thêm đơn vị sử dụng">
          <CreateApiClientForm provinceName={provinceName ? `Tỉnh/thành phố: ${provinceName}` : 'Tỉnh của tôi'} createAction={createApiClientAction} />
        </Card>
      </div>
    </>
  );
}
