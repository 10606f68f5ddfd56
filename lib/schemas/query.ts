// Query-string values (filters, search boxes, paging). They come from URLs anyone can type: a bad
// value is dropped or clamped, never an error page, and nothing reaches the database that it would
// refuse (a NUL byte, an id beyond integer range, a page beyond any offset).
import { z } from './z';

/** Free text of a search box: control characters removed (PostgreSQL refuses NUL), trimmed, at most `max` characters. */
export const searchText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, max))
    .transform((s) => s || undefined);

/** '' and repeated parameters (?q=a&q=b → 'a') read as one optional value; an invalid one is dropped. */
export const optionalQuery = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v), schema.optional()).catch(undefined);

/** A positive id within PostgreSQL's integer range. */
export const queryId = () => z.coerce.number().int().positive().max(2_147_483_647);

/** A year a filter can mean. */
export const queryYear = () => z.coerce.number().int().min(2000).max(2100);

/** A page number; anything else is page 1. */
export const queryPage = () => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000)).catch(1);

/** The searchParams of a page as plain strings (first value of a repeated parameter). */
export function firstValues(search: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The public page's filters: province code and year; anything else falls back to the defaults. */
export const publicPageQuerySchema = z.object({
  tinh: optionalQuery(z.string().regex(/^[A-Z]{2,5}$/)),
  nam: optionalQuery(queryYear()),
  trang: queryPage(),
});

/** /api/tai-lieu/[id]?xem=1: show the file in the browser (a HEIC photo as its JPEG preview). */
export const documentDownloadQuerySchema = z.object({
  xem: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['1']).optional()).catch(undefined),
});
