import 'server-only';
import { createHash } from 'node:crypto';
import { nameKey } from '@/lib/domain/history-cells';
import { type HistoryParseResult, type HistoryReference, parseHistoryRows } from '@/lib/domain/history-import';
import type { Tx } from '../db';
import { readHistoryWorkbook } from './history-excel';

export interface HistoryUpload extends HistoryParseResult {
  fileName: string;
  sha256: string;
}

/** Content codes, the province's xã and its areas: what a history row may refer to. */
export async function loadHistoryReference(client: Tx, provinceId: number): Promise<HistoryReference> {
  // One after the other on the transaction's one connection (see findProjectDateContext).
  const contents = await client.contentCategory.findMany({ select: { id: true, code: true } });
  const units = await client.adminUnit.findMany({ where: { provinceId }, select: { id: true, name: true, formerArea: true } });
  return {
    contents: new Map(contents.map((c) => [c.code.toUpperCase(), c.id])),
    adminUnits: new Map(units.map((u) => [nameKey(u.name), { id: u.id, area: u.formerArea }])),
    areas: [...new Set(units.map((u) => u.formerArea).filter((a): a is string => !!a))].sort(),
  };
}

/**
 * Reads an uploaded history file and checks every row. Used by the preview and again by the
 * confirmed import, so both judge the file by the same rules.
 */
export async function readHistoryUpload(client: Tx, provinceId: number, file: File): Promise<HistoryUpload> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const sheets = await readHistoryWorkbook(bytes, file.name);
  const result = parseHistoryRows(sheets, await loadHistoryReference(client, provinceId));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const already = await client.historicalImport.findUnique({ where: { provinceId_sha256: { provinceId, sha256 } }, select: { importedAt: true } });
  if (already) {
    result.issues.unshift({ sheet: 'aggregate', row: 0, column: null, severity: 'error', message: 'tệp này đã được nhập trước đây; nhập lại sẽ tính hai lần' });
    result.errors += 1;
  }
  return { ...result, fileName: file.name, sha256 };
}
