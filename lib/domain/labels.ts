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

/** Kết quả thẩm định (Appraisal.result) as offered and shown. */
export const APPRAISAL_RESULT_LABELS = { PASS: 'Đạt', FAIL: 'Không đạt' } as const;
/** Kết quả nghiệm thu as offered: a failed acceptance is "not yet" passed, it may be held again. */
export const ACCEPTANCE_RESULT_LABELS = { PASS: 'Đạt', FAIL: 'Chưa đạt' } as const;

/** The choices of a form control from a label table, in `keys` order (the table's order by default). */
export function labelOptions<K extends string>(labels: Readonly<Record<K, string>>, keys: readonly K[] = Object.keys(labels) as K[]): { value: K; label: string }[] {
  return keys.map((k) => ({ value: k, label: labels[k] }));
}
