import { describe, expect, it } from 'vitest';
import { planFacilitySchema } from './plan';

// Issue 12 item 11: a hộ kinh doanh's MST is the owner's 12-digit personal ID number.
const taxCode = planFacilitySchema.shape.taxCode;

describe('mã số thuế', () => {
  it.each(['0201234567', '0201234567-001', '031085001234'])('accepts %s', (v) => {
    expect(taxCode.safeParse(v).success).toBe(true);
  });

  it('trims spaces', () => {
    expect(taxCode.parse(' 031085001234 ')).toBe('031085001234');
  });

  it.each(['020123456', '02012345678', '03108500123', '0310850012345', '031085001234-001', '0201234567-01', 'MST0201234567', ''])('refuses %s with a message naming the accepted forms', (v) => {
    const r = taxCode.safeParse(v);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('Mã số thuế gồm 10 chữ số, 10 chữ số kèm mã chi nhánh (-xxx), hoặc 12 chữ số (số định danh cá nhân của chủ hộ kinh doanh)');
  });
});
