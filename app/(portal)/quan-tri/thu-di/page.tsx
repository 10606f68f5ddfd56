import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import { EMAIL_KIND_LABELS, EMAIL_STATUS, EMAIL_STATUS_LABELS, EMAIL_STATUS_TONES } from '@/lib/domain/mail';
import type { EmailDelivery } from '@/prisma/generated/client/enums';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findOutbox } from '@/lib/server/mail/find-outbox';
import { retryEmailAction } from './actions';

export const metadata = { title: 'Hộp thư đi' } satisfies Metadata;

const RETRYABLE: readonly EmailDelivery[] = [EMAIL_STATUS.failed, EMAIL_STATUS.held];

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission('system:monitor', '/quan-tri/thu-di');
  const params = await searchParams;
  const openId = Number(params.thu);
  const outbox = await forPage(findOutbox(actor, { status: params['trang-thai'], openId: Number.isInteger(openId) && openId > 0 ? openId : undefined }));
  const statuses = Object.keys(EMAIL_STATUS_LABELS) as EmailDelivery[];
  return (
    <>
      <PageHeader title={metadata.title} description="Mọi thư cổng gửi (hoặc sẽ gửi) cho người dùng của tỉnh, kèm kết quả gửi. Thư lỗi được thử lại tự động, sau lần cuối thì báo cho quản trị." />
      {outbox.smtpConfigured ? (
        <Alert tone="info">Thư được gửi qua máy chủ SMTP đã cấu hình.</Alert>
      ) : (
        <Alert tone="warning" title="Chưa cấu hình máy chủ SMTP">
          Thư không được gửi đi mà giữ lại trong hộp thư đi này. Đặt SMTP_URL (hoặc SMTP_HOST…) rồi khởi động lại để gửi thật.
        </Alert>
      )}
      <nav aria-label="Lọc theo trạng thái" className="my-4 flex flex-wrap gap-2 text-sm">
        <Link href="/quan-tri/thu-di" className={`rounded-full border px-3 py-1 ${outbox.status ? 'border-slate-300' : 'border-brand-700 bg-brand-50 font-semibold'}`}>
          Tất cả
        </Link>
        {statuses.map((s) => (
          <Link key={s} href={`/quan-tri/thu-di?trang-thai=${s}`} className={`rounded-full border px-3 py-1 ${outbox.status === s ? 'border-brand-700 bg-brand-50 font-semibold' : 'border-slate-300'}`}>
            {EMAIL_STATUS_LABELS[s]} ({outbox.counts[s] ?? 0})
          </Link>
        ))}
      </nav>
      {outbox.opened && (
        <Card title={outbox.opened.subject} className="mb-4">
          <p className="mb-2 text-sm text-slate-600">Đến: {outbox.opened.toAddress}</p>
          {outbox.opened.lastError && <Alert tone="error">Lỗi gần nhất: {outbox.opened.lastError}</Alert>}
          <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">{outbox.opened.text}</pre>
        </Card>
      )}
      <DataTable
        caption={`Thư gần nhất (tối đa ${outbox.pageSize})`}
        rows={outbox.emails}
        empty="Chưa có thư nào."
        columns={[
          { header: 'Tạo lúc', cell: (m) => formatDateTime(m.createdAt), className: 'whitespace-nowrap' },
          {
            header: 'Người nhận',
            cell: (m) => (
              <>
                <span className="block">{m.user?.fullName}</span>
                <span className="block text-xs text-slate-500">{m.toAddress}</span>
              </>
            ),
          },
          {
            header: 'Tiêu đề',
            cell: (m) => (
              <Link href={`/quan-tri/thu-di?thu=${m.id}${outbox.status ? `&trang-thai=${outbox.status}` : ''}`} className="text-brand-700 hover:underline">
                {m.subject}
              </Link>
            ),
          },
          { header: 'Loại', cell: (m) => EMAIL_KIND_LABELS[m.kind] },
          { header: 'Trạng thái', cell: (m) => <Badge tone={EMAIL_STATUS_TONES[m.delivery]}>{EMAIL_STATUS_LABELS[m.delivery]}</Badge> },
          { header: 'Số lần gửi', cell: (m) => m.attempts, numeric: true },
          {
            header: 'Gửi lúc / lỗi',
            cell: (m) => (
              <>
                {m.sentAt ? formatDateTime(m.sentAt) : m.lastError ? <span className="text-red-700">{m.lastError}</span> : '—'}
                {m.delivery === EMAIL_STATUS.queued && m.attempts > 0 && <span className="block text-slate-500">Thử lại lúc {formatDateTime(m.nextAttemptAt)}</span>}
              </>
            ),
            className: 'text-xs',
          },
          { cell: (m) => (RETRYABLE.includes(m.delivery) && <ActionButton action={retryEmailAction} input={{ emailId: m.id }} label="Gửi lại" variant="secondary" />) },
        ]}
      />
    </>
  );
}
