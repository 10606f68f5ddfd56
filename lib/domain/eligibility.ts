// Eligibility of a facility's location (Nghị định 235/2025): production in a xã or đặc khu, or in a
// craft village recognised by the city; a phường alone is not eligible.
import type { AdminUnitType } from '@/prisma/generated/client/enums';

export function isFacilityEligibleArea(facility: {
  inRecognizedCraftVillage: boolean;
  adminUnit: { type: AdminUnitType };
}): { eligible: true } | { eligible: false; reason: string } {
  if (facility.adminUnit.type !== 'PHUONG' || facility.inRecognizedCraftVillage) return { eligible: true };
  return {
    eligible: false,
    reason: 'Cơ sở sản xuất tại phường không thuộc đối tượng hỗ trợ, trừ khi thuộc làng nghề được thành phố công nhận (Nghị định 235/2025/NĐ-CP).',
  };
}
