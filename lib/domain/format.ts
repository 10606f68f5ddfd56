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

/** How a decision is cited: "12/QĐ-UBND ngày 15/03/2026"; null when there is none. */
export function decisionRef(decision: { number: string; issuedOn: Date | string } | null | undefined): string | null {
  return decision ? `${decision.number} ngày ${formatDate(decision.issuedOn)}` : null;
}

const ISO_PARTS = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * The Vietnam calendar day as "2026-12-01" (file names, sortable), the same day `formatDate` shows:
 * 30/11/2026 18:30 UTC is already 01/12/2026 in Hà Nội. Never `toISOString()`, which is the UTC day.
 */
export function isoDateVn(value: Date): string {
  const parts = Object.fromEntries(ISO_PARTS.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
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

/**
 * Text to find anywhere inside a LIKE pattern: `\`, `%` and `_` escaped (PostgreSQL's default
 * escape character), so a typed "%" matches a percent sign, not everything. Prisma's `contains`
 * does not escape them itself.
 */
/** A file's size as people read it: "850 KB", "2,4 MB" (at least 1 KB; one decimal for MB). */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

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

/** Under a long text field: 1234 of 5000 → "1.234/5.000 ký tự"; past the limit it says by how much. */
export function formatCharacterCount(length: number, max: number): string {
  const base = `${NUMBER.format(length)}/${NUMBER.format(max)} ký tự`;
  return length > max ? `${base} — vượt ${NUMBER.format(length - max)} ký tự` : base;
}

const VIETNAMESE = new Intl.Collator('vi');
/**
 * Vietnamese alphabetical order for lists built in memory ("Bắc" < "Bình", "D" < "Đ" < "E").
 * Lists read from the database sort there: the name columns carry the "vi_VN" ICU collation
 * (migration 20261130130000_vietnamese_collation) — the same order, see docs/decisions/0018.
 */
export function compareVietnamese(a: string, b: string): number {
  return VIETNAMESE.compare(a, b);
}

/**
 * Delivered against the target, for the acceptance record: "3 / 5 cơ sở". With no target there is
 * nothing to divide by, so only the delivered quantity is shown ("1"), never "1 / 0".
 */
export function formatDeliveredAgainstTarget(delivered: number | null, target: { quantity: number | null; unit: string | null }): { label: string; value: string | null } {
  const unit = target.unit ? ` ${target.unit}` : '';
  if (target.quantity === null || target.quantity <= 0) {
    return { label: 'Sản phẩm đạt', value: delivered === null ? null : `${NUMBER.format(delivered)}${unit}` };
  }
  return { label: 'Sản phẩm đạt / chỉ tiêu', value: delivered === null ? null : `${NUMBER.format(delivered)} / ${NUMBER.format(target.quantity)}${unit}` };
}

/**
 * Text made safe to place in HTML, as element content or inside a double- or single-quoted
 * attribute: the five characters HTML gives a meaning (& < > " ') become entities. For the few
 * places that build HTML as a string (emails, the report's long tables).
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
