import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { findActor } from '@/lib/server/auth';
import { safeCallbackUrl } from '@/lib/domain/urls';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Đăng nhập' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; expired?: string; 'doi-mat-khau'?: string }> }) {
  const { callbackUrl, 'doi-mat-khau': changed } = await searchParams;
  const target = safeCallbackUrl(callbackUrl, env().NEXTAUTH_URL);
  if (await findActor()) redirect(target);
  return (
    <main id="noi-dung" className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-800 to-brand-700 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-6 text-center">
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Sở Công Thương</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">Cổng quản lý khuyến công</h1>
          <p className="mt-2 text-sm text-slate-600">Đăng nhập bằng tài khoản được cấp để tiếp tục.</p>
        </div>
        {changed && (
          <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" role="status">
            Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.
          </p>
        )}
        {callbackUrl && callbackUrl !== '/' && (
          <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
            Vui lòng đăng nhập để tiếp tục. Sau khi đăng nhập, bạn sẽ quay lại trang đang xem.
          </p>
        )}
        <SignInForm callbackUrl={target} />
        <p className="mt-4 text-center text-sm text-slate-600">
          Cơ sở sản xuất chưa có tài khoản?{' '}
          <Link href="/dang-ky-co-so" className="font-medium text-brand-700 hover:underline">
            Đăng ký cơ sở
          </Link>
        </p>
        <p className="mt-6 border-t border-slate-100 pt-4 text-center text-sm">
          <Link href="/cong-khai" className="font-medium text-brand-700 hover:underline">
            Xem thông tin công khai
          </Link>{' '}
          <span className="text-slate-500">(đề án được phê duyệt, sản phẩm tiêu biểu, tiến độ chương trình — không cần đăng nhập)</span>
        </p>
      </div>
    </main>
  );
}
