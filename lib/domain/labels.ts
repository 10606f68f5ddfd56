// Vietnamese labels of enum values shown to people.
import type { AdminUnitType, FundingSource, LegalForm, ProgrammeLevel } from '@/prisma/generated/client/enums';

export const ADMIN_UNIT_TYPE_LABELS: Record<AdminUnitType, string> = { XA: 'xã', PHUONG: 'phường', DAC_KHU: 'đặc khu' };

export function adminUnitName(unit: { type: AdminUnitType; name: string } | null | undefined): string {
  return unit ? `${ADMIN_UNIT_TYPE_LABELS[unit.type]} ${unit.name}` : '';
}

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  DNNVV: 'Doanh nghiệp nhỏ và vừa',
  HTX: 'Hợp tác xã',
  LIEN_HIEP_HTX: 'Liên hiệp hợp tác xã',
  TO_HOP_TAC: 'Tổ hợp tác',
  HO_KINH_DOANH: 'Hộ kinh doanh',
};

export const FUNDING_LEVEL_LABELS: Record<ProgrammeLevel, string> = { KCQG: 'Khuyến công quốc gia', KCDP: 'Khuyến công địa phương' };
/** Hỗ trợ có thu hồi (Project.isRecoverable): the beneficiary repays the support on a schedule. */
export const RECOVERABLE_LABEL = 'Hỗ trợ có thu hồi';

export const FUNDING_LEVEL_SHORT: Record<ProgrammeLevel, string> = { KCQG: 'KCQG', KCDP: 'KCĐP' };

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  KCQG: 'Kinh phí khuyến công quốc gia',
  KCDP: 'Kinh phí khuyến công địa phương',
  DOI_UNG: 'Vốn đối ứng của cơ sở',
  LONG_GHEP: 'Lồng ghép chương trình khác',
  OTHER: 'Nguồn khác',
};
