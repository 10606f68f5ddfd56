import type { Metadata } from 'next';
import { EmailAddressForm, EmailPreferenceForm } from '@/components/account/email-settings-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, ListCard, PageHeader } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { EMAIL_PREFERENCE_LABELS, EMAIL_PREFERENCES, EMAIL_STATUS_LABELS, EMAIL_STATUS_TONES } from '@/lib/domain/mail';
import { requireActor } from '@/lib/server/auth';
import { getEmailSettings } from '@/lib/server/mail/get-email-settings';
import { setEmailAddressAction, setEmailPreferenceAction } from './actions';

export const metadata = { title: 'Tài khoản' } satisfies Metadata;

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor('/tai-khoan');
  const { user, recent } = await getEmailSettings(actor);
  const justVerified = (await searchParams)['da-xac-nhan'] === '1';
  return (
    <>
      <PageHeader title={metadata.title} description={`${user.fullName} · tên đăng nhập ${user.username}`} />
      {justVerified && user.emailVerifiedAt && <Alert tone="success">Đã xác nhận địa chỉ {user.email}. Từ nay thông báo được gửi đến địa chỉ này.</Alert>}
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card title="Thư điện tử">
          <p className="mb-3 text-sm text-slate-700">
            {user.email ? (
              <>
                {user.email}{' '}
                {user.emailVerifiedAt ? <Badge tone="success">Đã xác nhận {formatDateTime(user.emailVerifiedAt)}</Badge> : <Badge tone="warning">Chưa xác nhận</Badge>}
              </>
            ) : (
              'Chưa khai báo địa chỉ thư. Thông báo chỉ hiện trên cổng.'
            )}
          </p>
          <EmailAddressForm current={user.email} setEmailAddressAction={setEmailAddressAction} />
        </Card>
        <Card title="Cách nhận thư">
          {!user.emailVerifiedAt && <p className="mb-3 text-sm text-slate-600">Thư chỉ được gửi sau khi địa chỉ được xác nhận.</p>}
          <EmailPreferenceForm current={user.emailPreference} options={EMAIL_PREFERENCES.map((p) => ({ value: p, label: EMAIL_PREFERENCE_LABELS[p] }))} setEmailPreferenceAction={setEmailPreferenceAction} />
        </Card>
      </div>
      <ListCard title="Thư gửi cho bạn gần đây" items={recent} itemClassName="flex flex-wrap items-center justify-between gap-2 py-2">
        {(m) => (
          <>
            <span className="min-w-0">{m.subject}</span>
            <span className="flex items-center gap-2 text-xs text-slate-500">
              {formatDateTime(m.sentAt ?? m.createdAt)} <Badge tone={EMAIL_STATUS_TONES[m.delivery]}>{EMAIL_STATUS_LABELS[m.delivery]}</Badge>
            </span>
          </>
        )}
      </ListCard>
    </>
  );
}
