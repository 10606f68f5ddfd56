import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Uploaded dossiers travel through server actions. These are ceilings only: the limit people meet
  // is UPLOAD_MAX_MB (at most 90), answered with a 413 by proxy.ts before the body is read. Both
  // must stay above it — the proxy's own default of 10 MB made every larger upload fail with a 500.
  // preloadEntriesOnStart off: a route's code loads on its first request, not every route's at start
  // (docs/decisions/0052).
  experimental: { serverActions: { bodySizeLimit: '100mb' }, proxyClientMaxBodySize: '100mb', authInterrupts: true, preloadEntriesOnStart: false },
  poweredByHeader: false,
  serverExternalPackages: ['exceljs', 'pg', 'bcryptjs', 'pg-boss', 'nodemailer', 'heic-convert', '@aws-sdk/client-s3'],
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
