// The demo data's open data clients answer on `npm start` with the tokens the README lists: the
// city's token sees Hải Phòng's đề án only, the ministry's token only KCQG đề án of every province.
import { beforeAll, describe, expect, it } from 'vitest';

import { GET as getProjects } from '@/app/api/mo/de-an/route';
import { GET as getSummary } from '@/app/api/mo/tong-hop/route';
import { projectListSchema, summarySchema } from '@/lib/schemas/open-data';
import { db } from '@/lib/server/db';
import { DEMO_API_TOKENS } from '@/prisma/seed/open-data';
import { seedDemoData } from '@/prisma/seed/index';
import { testNow } from '../factories/clock';
import { resetDatabase } from '../factories/world';

let hpId: number;

beforeAll(async () => {
  await resetDatabase();
  hpId = (await seedDemoData(db, { now: testNow() })).provinceIds.HP;
}, 240_000);

const get = async (handler: typeof getProjects, path: string, token: string) =>
  handler(new Request(`http://localhost${path}`, { headers: { Authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

describe('open data demo clients', () => {
  it("the city's token lists Hải Phòng's đề án, page by page", async () => {
    const response = await get(getProjects, '/api/mo/de-an?so_dong=100', DEMO_API_TOKENS.HP);
    expect(response.status).toBe(200);
    const list = projectListSchema.parse(await response.json());
    expect(list.page.total).toBe(await db.project.count({ where: { provinceId: hpId } }));
    expect(new Set(list.data.map((p) => p.province.code))).toEqual(new Set(['HP']));
  });

  it("the ministry's token reads KCQG of every province and the figures by province", async () => {
    const list = projectListSchema.parse(await (await get(getProjects, '/api/mo/de-an?so_dong=100', DEMO_API_TOKENS.NATIONAL)).json());
    expect(list.page.total).toBe(await db.project.count({ where: { fundingLevel: 'KCQG' } }));
    expect(list.data.every((p) => p.fundingLevel === 'KCQG')).toBe(true);
    const summary = summarySchema.parse(await (await get(getSummary, '/api/mo/tong-hop', DEMO_API_TOKENS.NATIONAL)).json());
    expect(summary.byProvince.length).toBeGreaterThanOrEqual(1);
  });
});
