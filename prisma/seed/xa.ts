// Provinces (tenants) and their commune-level units. Hải Phòng gets all 114 units of Nghị quyết
// 1669/NQ-UBTVQH15; Lâm Đồng only the four xã its demo records need (Nghị quyết 1671/NQ-UBTVQH15).
import type { AdminUnitType } from '../generated/client/enums';
import { HAIPHONG_XA_2025 } from './haiphong-xa-2025';
import type { SeedTx } from './types';

export const PROVINCES = {
  HP: { code: 'HP', name: 'Hải Phòng', isCentral: true },
  LD: { code: 'LD', name: 'Lâm Đồng', isCentral: false },
} as const;

/**
 * Phường that contain a craft village recognised by the city, so that their facilities are eligible
 * (Nghị định 235/2025). Only one is marked: phường Phạm Sư Mạnh includes former phường Phạm Thái,
 * home of the traditional Dương Nham forge village (làng nghề rèn Dương Nham, Kinh Môn). The
 * recognition decision itself was not found in the sources: treat this as demo data to be confirmed.
 */
export const PHUONG_WITH_RECOGNIZED_CRAFT_VILLAGE: readonly string[] = ['Phạm Sư Mạnh'];

/** Nghị quyết 1671/NQ-UBTVQH15, Điều 1, khoản 1, 7, 14, 21 (formedFrom shortened like the Hải Phòng CSV). */
const LAM_DONG_XA = [
  { legalOrder: 1, type: 'XA', name: 'Lạc Dương', formedFrom: 'xã Đạ Sar, Đạ Nhim, Đạ Chais', formerArea: 'huyện Lạc Dương' },
  { legalOrder: 7, type: 'XA', name: 'Đức Trọng', formedFrom: 'thị trấn Liên Nghĩa, xã Phú Hội', formerArea: 'huyện Đức Trọng' },
  { legalOrder: 14, type: 'XA', name: 'Nam Ban Lâm Hà', formedFrom: 'thị trấn Nam Ban, xã Đông Thanh, Mê Linh, Gia Lâm', formerArea: 'huyện Lâm Hà' },
  { legalOrder: 21, type: 'XA', name: 'Di Linh', formedFrom: 'thị trấn Di Linh, xã Liên Đầm, Tân Châu, Gung Ré', formerArea: 'huyện Di Linh' },
] as const satisfies readonly { legalOrder: number; type: AdminUnitType; name: string; formedFrom: string; formerArea: string }[];

export interface Places {
  hp: number;
  ld: number;
  /** unit name → id, per province (names are unique within each province). */
  hpUnits: Map<string, number>;
  ldUnits: Map<string, number>;
}

export async function seedPlaces(tx: SeedTx): Promise<Places> {
  const provinces = await tx.province.createManyAndReturn({ data: Object.values(PROVINCES), select: { id: true, code: true } });
  const hp = provinces.find((p) => p.code === 'HP')!.id;
  const ld = provinces.find((p) => p.code === 'LD')!.id;

  const craft = new Set(PHUONG_WITH_RECOGNIZED_CRAFT_VILLAGE);
  const units = await tx.adminUnit.createManyAndReturn({
    data: [
      ...HAIPHONG_XA_2025.map((u) => ({
        provinceId: hp,
        type: u.type,
        name: u.name,
        legalOrder: u.legalOrder,
        formedFrom: u.formedFrom,
        formerArea: u.formerArea,
        hasRecognizedCraftVillage: u.type === 'PHUONG' && craft.has(u.name),
      })),
      ...LAM_DONG_XA.map((u) => ({ provinceId: ld, ...u })),
    ],
    select: { id: true, name: true, provinceId: true },
  });
  const hpUnits = new Map<string, number>();
  const ldUnits = new Map<string, number>();
  for (const u of units) (u.provinceId === hp ? hpUnits : ldUnits).set(u.name, u.id);
  if (hpUnits.size !== HAIPHONG_XA_2025.length) throw new Error('seed: Hải Phòng unit names are not unique');
  return { hp, ld, hpUnits, ldUnits };
}
