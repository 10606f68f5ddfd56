import { Link } from '@/components/ui/link';

export default function Forbidden() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">Lỗi 403</p>
      <h1 className="mt-2 text-2xl font-bold">Bạn không có quyền truy cập</h1>
      <p className="mt-3 text-slate-600">
        Trang hoặc hồ sơ này nằm ngoài phạm vi được giao cho tài khoản của bạn. Nếu cần truy cập, hãy liên hệ quản trị hệ thống.
      </p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
        Về trang chủ
      </Link>
    </main>
  );
}
