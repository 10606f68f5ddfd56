// The place name that opens an official date line: "Thành phố Hải Phòng" → "Hải Phòng".
export function placeOf(provinceName: string): string {
  return provinceName.replace(/^(Thành phố|Tỉnh|TP\.?)\s+/i, '').replace(/\s*\(.*\)\s*$/, '').trim();
}
