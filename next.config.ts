import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Uploaded dossiers travel through server actions.
  experimental: { serverActions: { bodySizeLimit: '20mb' }, authInterrupts: true },
  poweredByHeader: false,
  serverExternalPackages: ['exceljs', 'pg', 'bcryptjs', 'pg-boss', 'nodemailer'],
};

export default nextConfig;
