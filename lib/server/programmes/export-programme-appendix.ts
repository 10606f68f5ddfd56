import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { periodYears } from '@/lib/domain/programme-targets';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { writeAppendixWorkbook } from './appendix-excel';
import { getProgrammeInScopeOrThrow } from './get-programme';
import { loadAppendix, plainAppendix } from './programme-appendix-store';

/** "KCĐP-HP-2026-2030" → "phu-luc-chi-tieu-KCDP-HP-2026-2030.xlsx" (ASCII for every browser and OS). */
function fileNameFor(code: string): string {
  const ascii = code
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `phu-luc-chi-tieu-${ascii}.xlsx`;
}

/** The programme's appendix as an .xlsx in the paper's layout, for anyone who may read the programme. */
export async function exportProgrammeAppendix(actor: Actor, programmeId: number): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(actor, 'programme:read');
  const programme = await getProgrammeInScopeOrThrow(db, actor, programmeId);
  const appendix = plainAppendix(await loadAppendix(db, programme.id, periodYears(programme.startYear, programme.endYear)));
  const decision = programme.decisionId ? await db.decision.findUnique({ where: { id: programme.decisionId } }) : null;
  const subtitle = decision
    ? `(Kèm theo Quyết định số ${decision.number} ngày ${formatDate(decision.issuedOn)} của ${decision.issuer})`
    : `(${programme.name} — dự thảo, xuất ngày ${formatDate(now())})`;
  return { fileName: fileNameFor(programme.code), bytes: await writeAppendixWorkbook(appendix, { subtitle }) };
}
