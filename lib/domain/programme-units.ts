// Đơn vị tính (ĐVT) accepted in a programme appendix. The list holds every unit of the Hải Phòng
// 2026–2030 appendix (seed 001) plus the ones other provinces' appendices commonly use. A unit
// outside it blocks an import: a typo ("Co so", "Lơp") would otherwise become a new unit that no
// report groups with the right one. Extending the list is a code change reviewed like any rule.

export const PROGRAMME_UNITS = [
  'Mô hình',
  'Cơ sở',
  'Hội nghị',
  'Hội thảo',
  'CCN',
  'Cụm công nghiệp',
  'Hội chợ',
  'Kỳ HCTL',
  'Gian hàng',
  'Cuộc bình chọn',
  'Nhãn hiệu',
  'Hệ thống cơ sở dữ liệu',
  'Lớp',
  'Khóa',
  'Học viên',
  'Người',
  'Hội',
  'Cụm liên kết',
  'Cụm',
  'Kỳ',
  'Năm',
  'Đoàn',
  'Chương trình',
  'Đề án',
  'Sản phẩm',
  'Làng nghề',
  'Phòng trưng bày',
  'Website',
  'Chuyên đề',
  'Tin bài',
  'Lượt',
  'Cuộc',
] as const;

/** Lower-cased, single-spaced, NFC — how two spellings of the same unit are compared. */
function unitKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi-VN');
}

const BY_KEY = new Map<string, string>(PROGRAMME_UNITS.map((u) => [unitKey(u), u]));

/**
 * The unit as the list spells it ("cơ  sở" → "Cơ sở"), or null when it is not a known unit.
 * Normalising the spelling keeps export → import lossless and reports grouped by one name.
 */
export function canonicalUnit(value: string | null | undefined): string | null {
  if (!value) return null;
  return BY_KEY.get(unitKey(value)) ?? null;
}
