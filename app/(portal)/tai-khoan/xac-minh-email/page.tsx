import type { Metadata } from 'next';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireActor } from '@/lib/server/auth';
import { verifyEmailAction } from '../actions';

export const metadata: Metadata = { title: 'Xác nhận địa chỉ thư' };

// The link in the verification email lands here; confirming takes a click (a POST), so mail
// scanners that open links do not confirm an address on the person's behalf.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const token = (await searchParams).token ?? '';
  await requireActor(`/tai-khoan/xac-minh-email?token=${encodeURIComponent(token)}`);
  return (
    <>
      <PageHeader title="Xác nhận địa chỉ thư điện tử" />
      <Card>
        {token ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">Bấm nút dưới đây để xác nhận địa chỉ thư vừa khai báo cho tài khoản của bạn.</p>
            <ActionButton action={verifyEmailAction} input={{ token }} label="Xác nhận địa chỉ thư" pendingLabel="Đang xác nhận…" />
          </div>
        ) : (
          <Alert tone="error">Liên kết xác nhận không đầy đủ. Hãy mở lại liên kết trong thư.</Alert>
        )}
      </Card>
    </>
  );
}
