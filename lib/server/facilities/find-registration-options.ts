import 'server-only';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { adminUnitName } from '@/lib/domain/labels';
import { db } from '../db';

/** The xã and đặc khu a facility may register in (a phường only with a recognised craft village), by province. */
export async function findRegistrationOptions() {
  const units = await db.adminUnit.findMany({
    orderBy: [{ provinceId: 'asc' }, { name: 'asc' }],
    select: { id: true, type: true, name: true, hasRecognizedCraftVillage: true, province: { select: { name: true } } },
  });
  const provinces = new Set(units.map((u) => u.province.name));
  return units
    .filter((u) => isFacilityEligibleArea({ inRecognizedCraftVillage: u.hasRecognizedCraftVillage, adminUnit: u }).eligible)
    .map((u) => ({ value: u.id, label: provinces.size > 1 ? `${adminUnitName(u)} (${u.province.name})` : adminUnitName(u) }));
}
