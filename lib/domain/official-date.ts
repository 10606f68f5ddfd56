// Dates as official documents write them, in Vietnam time (Asia/Ho_Chi_Minh) whatever the server's zone.
const PARTS = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

function partsOf(date: Date): { year: number; month: number; day: number } {
  const p = Object.fromEntries(PARTS.formatToParts(date).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
}

/**
 * "Hải Phòng, ngày 05 tháng 3 năm 2027": the day has two digits, months 1 and 2 are written "01"
 * and "02" (Nghị định 30/2020/NĐ-CP, Phụ lục I: months below 3 take a leading zero), others as is.
 */
export function formatOfficialDate(place: string, date: Date): string {
  const { year, month, day } = partsOf(date);
  const m = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${String(day).padStart(2, '0')} tháng ${m} năm ${year}`;
}
