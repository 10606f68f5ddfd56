// A facility registering itself (issue 13): its MST by legal form. Since Thông tư 86/2024/TT-BTC a
// hộ kinh doanh's MST is the owner's 12-digit personal ID number; other forms have a 10-digit MST.
// (The general field format, branches included, is lib/schemas/tax-code.ts; a self-registering
// facility is the head unit, never a branch.)
import type { LegalForm } from '@/prisma/generated/client/enums';

export const SELF_REGISTRATION_TAX_CODE_HINT = '10 chữ số; hộ kinh doanh dùng số định danh cá nhân 12 chữ số của chủ hộ';

/** Why the MST does not fit the legal form, in Vietnamese; null when it does. */
export function registrationTaxCodeProblem(legalForm: LegalForm, taxCode: string): string | null {
  const code = taxCode.trim();
  if (/^\d{10}$/.test(code)) return null;
  if (/^\d{12}$/.test(code)) {
    return legalForm === 'HO_KINH_DOANH' ? null : 'Mã số thuế 12 chữ số chỉ dùng cho hộ kinh doanh (số định danh cá nhân của chủ hộ). Doanh nghiệp, hợp tác xã, tổ hợp tác nhập mã số thuế 10 chữ số.';
  }
  return legalForm === 'HO_KINH_DOANH'
    ? 'Mã số thuế của hộ kinh doanh gồm 10 chữ số, hoặc 12 chữ số (số định danh cá nhân của chủ hộ).'
    : 'Mã số thuế gồm đúng 10 chữ số.';
}
