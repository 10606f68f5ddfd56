// zod with Vietnamese messages: schemas import `z` from here, not from 'zod'.
// Fields give their own message (lib/schemas/fields.ts names the field: "Mô tả tối đa 5.000 ký tự").
// A check without one still gets a plain sentence from `plainMessage` below — never zod's locale text
// ("Quá lớn: mong đợi string có <=5000 ký tự", "mong đợi số, nhận được NaN"), which reads as jargon.
import { z } from 'zod';

const COUNT = new Intl.NumberFormat('vi-VN');
const count = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? COUNT.format(n) : String(n));

type Issue = z.core.$ZodRawIssue;

/** The fallback sentence for an issue a schema did not word itself; undefined → zod's Vietnamese locale. */
export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'Phải là số nguyên';
      if (issue.expected === 'number' || issue.expected === 'bigint') return 'Phải nhập một số';
      if (issue.expected === 'date') return 'Ngày không hợp lệ (dd/mm/yyyy)';
      if (issue.input === undefined || issue.input === null) return 'Chưa nhập';
      return 'Giá trị không hợp lệ';
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${count(issue.maximum)} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Tối đa ${count(issue.maximum)} mục`;
      if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int') return `Không được lớn hơn ${count(issue.maximum)}`;
      return undefined;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống' : `Ít nhất ${count(issue.minimum)} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Cần ít nhất ${count(issue.minimum)} mục`;
      if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int') return `Không được nhỏ hơn ${count(issue.minimum)}`;
      return undefined;
    case 'invalid_value':
      return 'Chọn một giá trị trong danh sách';
    case 'invalid_format':
      return 'Sai định dạng';
    default:
      return undefined;
  }
}

z.config({ ...z.locales.vi(), customError: plainMessage });

export { z };
