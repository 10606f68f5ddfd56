// Vietnamese display formats for dates and numbers (dd/mm/yyyy, 1.234).
const DATE = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Asia/Ho_Chi_Minh',
});
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 2026-03-11 → "11/03/2026". */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  return DATE.format(d);
}

/** → "11/03/2026 14:05". */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(DATE_TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export function formatNumber(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return '';
  return NUMBER.format(value);
}

/** Basis points as a Vietnamese percentage number: 5000 → "50", 3333 → "33,33" (1 % = 100 bp). */
export function bpToPercent(bp: number): string {
  return formatNumber(bp / 100);
}

/** Basis points with the sign: 7000 → "70 %". */
export function formatBasisPoints(bp: number): string {
  return `${bpToPercent(bp)} %`;
}

/**
 * Text to find anywhere inside a LIKE pattern: `\`, `%` and `_` escaped (PostgreSQL's default
 * escape character), so a typed "%" matches a percent sign, not everything. Prisma's `contains`
 * does not escape them itself.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "11/03/2026" → Date at UTC midnight (how @db.Date columns are stored), or null when invalid. */
export function parseDateVn(input: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d;
}
