import { Link } from '@/components/ui/link';

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">Lỗi 404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-slate-600">Địa chỉ không đúng hoặc hồ sơ đã bị xoá.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
        Về trang chủ
      </Link>
    </main>
  );
}
