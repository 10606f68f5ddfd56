import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { RegistrationForm } from '@/components/beneficiary/registration-form';
import { findRegistrationOptions } from '@/lib/server/facilities/find-registration-options';
import { registerFacilityAction } from './actions';

export const metadata: Metadata = { title: 'Đăng ký cơ sở' };

export default async function RegisterFacilityPage() {
  const adminUnits = await findRegistrationOptions();
  return (
    <main id="noi-dung" className="min-h-screen bg-slate-50 px-4 py-6">
      <div className="mx-auto w-full max-w-lg rounded-xl bg-white p-4 shadow sm:p-6">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Cổng quản lý khuyến công</p>
        <h1 className="mt-1 text-xl font-bold text-slate-900">Đăng ký cơ sở công nghiệp nông thôn</h1>
        <p className="mt-2 text-sm text-slate-600">
          Dành cho doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh sản xuất tại xã, đặc khu. Sau khi UBND xã hoặc Trung tâm Khuyến công xác minh, cơ sở gửi được đề nghị hỗ trợ trực tuyến.
        </p>
        <div className="mt-4">
          <RegistrationForm adminUnits={adminUnits} registerAction={registerFacilityAction} />
        </div>
        <p className="mt-4 text-center text-sm">
          Đã có tài khoản?{' '}
          <Link href="/dang-nhap" className="font-medium text-brand-700 hover:underline">
            Đăng nhập
          </Link>
        </p>
      </div>
    </main>
  );
}
