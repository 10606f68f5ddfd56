import 'server-only';
import { dateColumnOf, vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';

/** A whole-number Parameter in force today for the province (its own row first, then the national one). */
export async function findParameterNumber(provinceId: number, key: string, now: Date): Promise<number | null> {
  const today = dateColumnOf(vietnamDayNumber(now));
  const rows = await db.parameter.findMany({
    where: { key, OR: [{ provinceId }, { provinceId: null }], validFrom: { lte: today }, AND: [{ OR: [{ validTo: null }, { validTo: { gte: today } }] }] },
    orderBy: [{ validFrom: 'desc' }],
    select: { provinceId: true, value: true },
  });
  const row = rows.find((r) => r.provinceId === provinceId) ?? rows[0];
  const value = row ? Number(row.value) : NaN;
  return Number.isInteger(value) && value >= 0 ? value : null;
}
