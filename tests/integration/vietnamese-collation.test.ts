// Lists of xã and facilities sort in Vietnamese order in the database (issue 12, item 12):
// "Bắc" before "Bình", "Đ…" right after "D…" — not by code point.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVietnamese } from '@/lib/domain/format';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { findFacilities } from '@/lib/server/facilities/find-facilities';
import { findProjectFormOptions } from '@/lib/server/projects/find-project-form-options';
import { createActor, createAdminUnit, createFacility, createProvince, resetDatabase } from '../factories/world';

const XA = ['Bình Giang', 'Đông Hải', 'An Lão', 'Dương Kinh', 'Bắc Sơn', 'Ê Vinh', 'Ân Thi'];
const VIETNAMESE_ORDER = ['An Lão', 'Ân Thi', 'Bắc Sơn', 'Bình Giang', 'Dương Kinh', 'Đông Hải', 'Ê Vinh'];

let actor: Actor;

beforeAll(async () => {
  await resetDatabase();
  const { province, orgs } = await createProvince();
  const units = [];
  for (const name of XA) units.push(await createAdminUnit(province.id, name));
  for (const [i, unit] of units.entries()) await createFacility(province.id, unit.id, `Cơ sở ${XA[i]}`);
  actor = await createActor('TTKC_STAFF', { provinceId: province.id, organizationId: orgs.ttkc.id });
});

describe('Vietnamese collation', () => {
  it('orders the xã of the đề án form the Vietnamese way', async () => {
    const { adminUnits, facilities } = await findProjectFormOptions(actor);
    expect(adminUnits.map((u) => u.label.replace(/^xã /i, '').replace(/ — .*$/, ''))).toEqual(VIETNAMESE_ORDER);
    expect(facilities.map((f) => f.label.split(' — ')[0])).toEqual(VIETNAMESE_ORDER.map((n) => `Cơ sở ${n}`));
  });

  it('orders the facility register by xã the Vietnamese way', async () => {
    const rows = await findFacilities(actor);
    expect(rows.map((f) => f.adminUnit.name)).toEqual(VIETNAMESE_ORDER);
  });

  it('sorts in the database exactly as the in-memory comparison does', async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "AdminUnit" ORDER BY "name"`;
    expect(rows.map((r) => r.name)).toEqual([...XA].sort(compareVietnamese));
    expect([...XA].sort(compareVietnamese)).toEqual(VIETNAMESE_ORDER);
  });
});
