import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Uploaded dossiers travel through server actions.
  experimental: { serverActions: { bodySizeLimit: '20mb' }, authInterrupts: true },
  poweredByHeader: false,
  serverExternalPackages: ['exceljs', 'pg', 'bcryptjs'],
  // Pages, actions and route handlers get their headers (CSP with a nonce included) from proxy.ts;
  // Next's static files, which the proxy skips, get these.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
