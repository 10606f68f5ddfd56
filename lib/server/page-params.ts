import 'server-only';
import { notFound } from 'next/navigation';

// Path segments of pages: a malformed or out-of-range value is the 404 page, never a query that fails.

/** The [year] segment of /ke-hoach/[year]/…: a plausible year, or the 404 page. */
export function yearFromParam(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) notFound();
  return year;
}

/** A numeric id segment ([id], [planId], [itemId]) within PostgreSQL's integer range, or the 404 page. */
export function idFromParam(value: string): number {
  const id = Number(value);
  if (!/^\d{1,10}$/.test(value) || id <= 0 || id > 2_147_483_647) notFound();
  return id;
}
