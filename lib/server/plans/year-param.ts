import 'server-only';
import { notFound } from 'next/navigation';

/** The [year] segment of /ke-hoach/[year]/…: a plausible year, or the 404 page. */
export function yearFromParam(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) notFound();
  return year;
}

/** A numeric id segment ([planId], [itemId]), or the 404 page. */
export function idFromParam(value: string): number {
  const id = Number(value);
  if (!/^\d{1,9}$/.test(value) || id <= 0) notFound();
  return id;
}
