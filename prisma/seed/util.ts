// Small helpers for the demo seed: dates in Vietnam time and strict map look-ups.

/** A calendar date for @db.Date columns: "2026-02-10" → 2026-02-10T00:00:00Z. */
export function day(isoDate: string): Date {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`seed: bad date ${isoDate}`);
  return d;
}

/** A moment on a working day, Vietnam time (UTC+7): at("2026-02-10", "09:15"). */
export function at(isoDate: string, time = '09:00'): Date {
  const d = new Date(`${isoDate}T${time}:00+07:00`);
  if (Number.isNaN(d.getTime())) throw new Error(`seed: bad date ${isoDate} ${time}`);
  return d;
}

/** Map look-up that fails loudly: a typo in the seed data must stop the seed, not insert a null. */
export function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${String(key)}"`);
  return value;
}

/**
 * Decision numbers in the demo data are invented (the source papers are drafts or carry none), so
 * every seeded decision number says so where it is shown: "1234/QĐ-UBND" → "DEMO-1234/QĐ-UBND".
 */
export function demoDecisionNumber(number: string): string {
  return number.startsWith('DEMO-') ? number : `DEMO-${number}`;
}
