// Cơ quan, đơn vị: the bodies named in seed 000 / 001 for Hải Phòng, the ministry's department, the
// UBND of every commune-level unit that has a demo facility, and Lâm Đồng's two bodies.
import type { AdminUnitType, OrganizationKind } from '../generated/client/enums';
import { FACILITIES } from './facilities';
import type { SeedTx } from './types';
import { need } from './util';
import type { Places } from './xa';

/** Keys used by the other seed modules. UBND xã are keyed `HP:UBND_XA:<unit name>`. */
export type OrgKey = 'HP:SCT' | 'HP:TTKC' | 'HP:STC' | 'HP:KBNN' | 'HP:UBND_TINH' | 'HP:SERVICE' | 'MINISTRY' | 'LD:SCT' | 'LD:TTKC' | 'LD:KBNN';

const UNIT_WORD: Record<AdminUnitType, string> = { XA: 'xã', PHUONG: 'phường', DAC_KHU: 'đặc khu' };

export function ubndXaKey(unitName: string): string {
  return `HP:UBND_XA:${unitName}`;
}

export async function seedOrganizations(tx: SeedTx, places: Places): Promise<Map<string, number>> {
  const rows: { key: string; provinceId: number | null; kind: OrganizationKind; name: string; shortName: string; adminUnitId?: number }[] = [
    { key: 'HP:SCT', provinceId: places.hp, kind: 'SCT', name: 'Sở Công Thương thành phố Hải Phòng', shortName: 'Sở Công Thương' },
    { key: 'HP:TTKC', provinceId: places.hp, kind: 'TTKC', name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp', shortName: 'Trung tâm Khuyến công' },
    { key: 'HP:STC', provinceId: places.hp, kind: 'STC', name: 'Sở Tài chính thành phố Hải Phòng', shortName: 'Sở Tài chính' },
    { key: 'HP:KBNN', provinceId: places.hp, kind: 'KBNN', name: 'Kho bạc Nhà nước khu vực III', shortName: 'KBNN khu vực III' },
    { key: 'HP:UBND_TINH', provinceId: places.hp, kind: 'UBND_TINH', name: 'UBND thành phố Hải Phòng', shortName: 'UBND thành phố' },
    // Named in seed 000 among the service organisations the Sở works with.
    { key: 'HP:SERVICE', provinceId: places.hp, kind: 'SERVICE_ORG', name: 'Liên minh Hợp tác xã thành phố Hải Phòng', shortName: 'Liên minh HTX thành phố' },
    { key: 'MINISTRY', provinceId: null, kind: 'MINISTRY', name: 'Bộ Công Thương – Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', shortName: 'Bộ Công Thương' },
    { key: 'LD:SCT', provinceId: places.ld, kind: 'SCT', name: 'Sở Công Thương tỉnh Lâm Đồng', shortName: 'Sở Công Thương Lâm Đồng' },
    { key: 'LD:TTKC', provinceId: places.ld, kind: 'TTKC', name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Lâm Đồng', shortName: 'Trung tâm Khuyến công Lâm Đồng' },
    // Pays Lâm Đồng's recoverable support, so that its settled đề án show money that actually went out.
    { key: 'LD:KBNN', provinceId: places.ld, kind: 'KBNN', name: 'Kho bạc Nhà nước khu vực XIV', shortName: 'KBNN khu vực XIV' },
  ];

  const hpUnitsWithFacilities = [...new Set(FACILITIES.filter((f) => f.province === 'HP').map((f) => f.unit))];
  const types = new Map(
    (await tx.adminUnit.findMany({ where: { provinceId: places.hp, name: { in: hpUnitsWithFacilities } }, select: { name: true, type: true } })).map(
      (u) => [u.name, u.type],
    ),
  );
  for (const unit of hpUnitsWithFacilities) {
    const word = UNIT_WORD[need(types, unit, 'admin unit')];
    rows.push({
      key: ubndXaKey(unit),
      provinceId: places.hp,
      kind: 'UBND_XA',
      name: `UBND ${word} ${unit}`,
      shortName: `UBND ${word} ${unit}`,
      adminUnitId: need(places.hpUnits, unit, 'admin unit'),
    });
  }

  const created = await tx.organization.createManyAndReturn({
    data: rows.map(({ key: _key, ...row }) => row),
    select: { id: true, name: true, provinceId: true },
  });
  const byName = new Map(created.map((o) => [`${o.provinceId}:${o.name}`, o.id]));
  return new Map(rows.map((r) => [r.key, need(byName, `${r.provinceId}:${r.name}`, 'organization')]));
}
