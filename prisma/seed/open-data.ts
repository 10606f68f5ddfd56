// Demo clients of the open data API (/api/mo): the city's own open-data portal (Hải Phòng scope)
// and the ministry's national database (national scope, KCQG). Their tokens are fixed DEMO values,
// listed in the README like the demo passwords, so the API can be tried on `npm start`; a real
// deployment issues its tokens on /quan-tri/api-du-lieu-mo (shown once, stored as a hash).
import { createHash } from 'node:crypto';
import type { SeedTx } from './types';
import { at } from './util';

export const DEMO_API_TOKENS = {
  HP: 'kcmo_DEMO-haiphong-opendata-2026',
  NATIONAL: 'kcmo_DEMO-bocongthuong-csdl-2026',
} as const;

// As lib/server/open-data/api-token.ts stores them (SHA-256, hex; the prefix shown on the admin page);
// tests/integration/open-data-demo.test.ts signs in with these tokens through the real code.
const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const prefix = (token: string) => token.slice(0, 11);

export async function seedOpenDataClients(tx: SeedTx, hpProvinceId: number): Promise<void> {
  const clients = [
    { name: 'Cổng dữ liệu mở thành phố Hải Phòng', provinceId: hpProvinceId, token: DEMO_API_TOKENS.HP, createdAt: '2026-10-15' },
    { name: 'Cơ sở dữ liệu quốc gia về khuyến công (Bộ Công Thương)', provinceId: null, token: DEMO_API_TOKENS.NATIONAL, createdAt: '2026-10-20' },
  ];
  for (const c of clients) {
    const created = at(c.createdAt);
    const client = await tx.apiClient.create({ data: { name: c.name, provinceId: c.provinceId, requestsPerMinute: 60, createdAt: created } });
    const token = await tx.apiToken.create({
      data: { clientId: client.id, prefix: prefix(c.token), tokenHash: hash(c.token), createdAt: created, lastUsedAt: at('2026-11-28') },
    });
    await tx.apiAccessLog.createMany({
      data: [
        { clientId: client.id, tokenId: token.id, at: at('2026-11-28'), method: 'GET', path: '/api/mo/tong-hop', query: '?tu_nam=2026&den_nam=2026', httpStatus: 200, durationMs: 42 },
        { clientId: client.id, tokenId: token.id, at: at('2026-11-28'), method: 'GET', path: '/api/mo/de-an', query: '?nam=2026&so_dong=100', httpStatus: 200, durationMs: 37 },
      ],
    });
  }
}
