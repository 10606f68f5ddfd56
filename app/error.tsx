'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">Đã xảy ra lỗi</p>
      <h1 className="mt-2 text-2xl font-bold">Hệ thống chưa xử lý được yêu cầu</h1>
      <p className="mt-3 text-slate-600">
        Vui lòng thử lại. Nếu lỗi lặp lại, hãy báo quản trị hệ thống kèm mã lỗi{error.digest ? `: ${error.digest}` : '.'}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
        Thử lại
      </button>
    </main>
  );
}
