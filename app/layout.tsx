import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cổng quản lý khuyến công', template: '%s · Cổng quản lý khuyến công' },
  description: 'Quản lý chương trình, kế hoạch, đề án khuyến công: đăng ký, thẩm định, phê duyệt, tạm ứng, nghiệm thu, thanh quyết toán.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) differs each time, and Next can
  // only put it on its scripts when it renders the page for that request.
  await headers();
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Chuyển đến nội dung chính
        </a>
        {children}
      </body>
    </html>
  );
}
