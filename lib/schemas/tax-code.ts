import { z } from './z';

// Mã số thuế: 10 digits for an organisation, 10 + "-xxx" for its branch, and — since Thông tư
// 86/2024/TT-BTC — 12 digits for a hộ kinh doanh, whose MST is the owner's personal ID number.
export const TAX_CODE_MESSAGE = 'Mã số thuế gồm 10 chữ số, 10 chữ số kèm mã chi nhánh (-xxx), hoặc 12 chữ số (số định danh cá nhân của chủ hộ kinh doanh)';

export const taxCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{10}(-\d{3})?|\d{12})$/, TAX_CODE_MESSAGE);
