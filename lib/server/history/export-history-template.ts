import 'server-only';
import { adminUnitName } from '@/lib/domain/labels';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { writeHistoryTemplate } from './history-excel';
import { historyProvinceOf } from './preview-history-import';

/** The empty history template, with the province's content codes and xã listed for the typist. */
export async function exportHistoryTemplate(actor: Actor) {
  assertCan(actor, 'programme:edit');
  const provinceId = historyProvinceOf(actor);
  const [contents, units] = await Promise.all([
    db.contentCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { code: true, name: true } }),
    db.adminUnit.findMany({ where: { provinceId }, orderBy: [{ type: 'asc' }, { name: 'asc' }], select: { type: true, name: true, formerArea: true } }),
  ]);
  const bytes = await writeHistoryTemplate({ contents, adminUnits: units.map((u) => ({ name: adminUnitName(u), area: u.formerArea })) });
  return { fileName: 'mau-nhap-du-lieu-lich-su.xlsx', bytes };
}
