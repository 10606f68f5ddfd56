import { describe, expect, it } from 'vitest';
import { registrationTaxCodeProblem } from './facility-registration';

describe('registrationTaxCodeProblem', () => {
  it('accepts 10 digits for every legal form', () => {
    for (const form of ['DNNVV', 'HTX', 'LIEN_HIEP_HTX', 'TO_HOP_TAC', 'HO_KINH_DOANH'] as const) expect(registrationTaxCodeProblem(form, '0201234567')).toBeNull();
  });
  it('accepts 12 digits only for a household business', () => {
    expect(registrationTaxCodeProblem('HO_KINH_DOANH', '031085001234')).toBeNull();
    expect(registrationTaxCodeProblem('HTX', '031085001234')).toMatch(/chỉ dùng cho hộ kinh doanh/);
  });
  it('refuses 9, 11 and 13 digits, letters and branch codes', () => {
    for (const code of ['020123456', '02012345678', '0310850012345', '02012345a7', '0201234567-001']) {
      expect(registrationTaxCodeProblem('DNNVV', code)).not.toBeNull();
      expect(registrationTaxCodeProblem('HO_KINH_DOANH', code)).not.toBeNull();
    }
  });
});
