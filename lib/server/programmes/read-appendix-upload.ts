import 'server-only';
import { createHash } from 'node:crypto';
import { type AppendixIssue, countBySeverity } from '@/lib/domain/programme-appendix-rules';
import { type AppendixParseResult, parseAppendixRows } from '@/lib/domain/programme-import';
import { readAppendixWorkbook } from './appendix-excel';

export interface AppendixUpload extends AppendixParseResult {
  fileName: string;
  sha256: string;
  sheetName: string;
}

/**
 * Reads an uploaded appendix file and checks it against the programme's period. Used by the
 * preview and again by the confirmed import, so both judge the file by the same rules.
 */
export async function readAppendixUpload(file: File, years: number[]): Promise<AppendixUpload> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const sheet = await readAppendixWorkbook(bytes, file.name);
  const result = parseAppendixRows(sheet);
  const issues: AppendixIssue[] = [...result.issues];
  if (sheet.years.join() !== years.join()) {
    issues.unshift({
      row: null,
      where: `Trang tính "${sheet.sheetName}"`,
      column: null,
      severity: 'error',
      message: `các cột năm trong tệp (${sheet.years.join(', ')}) không khớp giai đoạn của chương trình (${years[0]}–${years.at(-1)})`,
    });
  }
  return {
    ...result,
    issues,
    ...countBySeverity(issues),
    fileName: file.name,
    sheetName: sheet.sheetName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
