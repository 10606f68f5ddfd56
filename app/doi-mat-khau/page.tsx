import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { changePasswordAction } from './actions';
import { findSession } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Đổi mật khẩu' };

// Outside the portal layout: a person who must change their password reaches only this page.
export default async function ChangePasswordPage() {
  const session = await findSession();
  if (!session) redirect('/dang-nhap?callbackUrl=%2Fdoi-mat-khau');
  return (
    <main id="noi-dung" className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <h1 className="text-2xl font-bold text-slate-900">Đổi mật khẩu</h1>
        {session.mustChangePassword ? (
          <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
            Mật khẩu của bạn do quản trị viên đặt. Hãy chọn mật khẩu riêng trước khi tiếp tục.
          </p>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{session.actor.fullName}</p>
        )}
        <p className="mt-2 text-sm text-slate-600">
          Mật khẩu mới tối thiểu 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Nên dùng một cụm nhiều từ. Sau khi đổi, mọi phiên đăng nhập
          kết thúc và bạn đăng nhập lại bằng mật khẩu mới.
        </p>
        <div className="mt-4">
          <ChangePasswordForm changePasswordAction={changePasswordAction} />
        </div>
      </div>
    </main>
  );
}
