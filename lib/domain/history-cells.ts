// Cell readers for the history import: each returns a value or the reason, in Vietnamese, why a
// typed cell cannot be read. Pure; the import (history-import.ts) says which column needs which.
import type { SheetCell } from './programme-import';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const EMPTY_MARKS = new Set(['-', '–', '—']);

export function isEmptyCell(cell: SheetCell): boolean {
  return cell === null || (typeof cell === 'string' && (cell.trim() === '' || EMPTY_MARKS.has(cell.trim())));
}

export function textCell(cell: SheetCell): string {
  return isEmptyCell(cell) ? '' : String(cell).trim();
}

/** Whole đồng: a number cell, or text such as "1.500.000" / "1 500 000". Empty reads as `empty`. */
export function moneyCell(cell: SheetCell, empty: bigint | null): CellResult<bigint | null> {
  if (isEmptyCell(cell)) return { ok: true, value: empty };
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) return { ok: false, message: `${String(cell).replace('.', ',')} không phải số nguyên đồng` };
    if (cell < 0) return { ok: false, message: 'số tiền âm không hợp lệ' };
    return { ok: true, value: BigInt(cell) };
  }
  const raw = String(cell);
  if (raw.startsWith('=')) return { ok: false, message: `công thức "${raw}" chưa có kết quả; hãy mở tệp bằng Excel và lưu lại` };
  const compact = raw.replace(/(đồng|đ|₫)$/i, '').replace(/[\s\u00a0]/g, '');
  if (/^\d+$/.test(compact) || /^\d{1,3}(\.\d{3})+$/.test(compact)) {
    const digits = compact.replace(/\./g, '');
    if (digits.length > 18) return { ok: false, message: 'số tiền quá lớn' };
    return { ok: true, value: BigInt(digits) };
  }
  return { ok: false, message: `"${raw}" không phải số tiền nguyên đồng (ví dụ 1.500.000)` };
}

/** A non-negative whole number (counts of đề án, facilities). */
export function countCell(cell: SheetCell, empty: number | null): CellResult<number | null> {
  const money = moneyCell(cell, empty === null ? null : BigInt(empty));
  if (!money.ok) return { ok: false, message: money.message.replace('số tiền nguyên đồng (ví dụ 1.500.000)', 'số nguyên') };
  if (money.value === null) return { ok: true, value: null };
  if (money.value > 1_000_000n) return { ok: false, message: 'số lượng quá lớn' };
  return { ok: true, value: Number(money.value) };
}

/** A year of the portal's range of history (2000–2100). */
export function yearCell(cell: SheetCell): CellResult<number | null> {
  const n = countCell(cell, null);
  if (!n.ok) return { ok: false, message: `năm ${n.message}` };
  if (n.value === null) return { ok: true, value: null };
  if (n.value < 2000 || n.value > 2100) return { ok: false, message: `năm ${n.value} nằm ngoài 2000–2100` };
  return n;
}

/** "KCQG" / "KCĐP" (with or without diacritics, any case). */
export function sourceCell(cell: SheetCell): CellResult<'KCQG' | 'KCDP' | null> {
  const text = textCell(cell).toUpperCase().replace(/Đ/g, 'D').replace(/\s/g, '');
  if (text === '') return { ok: true, value: null };
  if (text === 'KCQG' || text === 'KCDP') return { ok: true, value: text };
  return { ok: false, message: `nguồn "${textCell(cell)}" phải là KCQG hoặc KCĐP` };
}

/** Lower case, no diacritics, single spaces: how names are matched ("Xã Nam Sách" = "nam sach"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/^(xa|phuong|dac khu)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
