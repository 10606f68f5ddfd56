import 'server-only';
import ExcelJS from 'exceljs';
import { HISTORY_COLUMNS, HISTORY_SHEET_NAMES, HISTORY_STATES, type HistorySheetKind, type RawHistoryRow } from '@/lib/domain/history-import';
import { nameKey } from '@/lib/domain/history-cells';
import { badFile, cellData, loadXlsxWorkbook } from '../programmes/appendix-excel';

// The history template the portal hands out, and the reader of a filled one. The reader finds each
// sheet by name and each column by its header text, so people may reorder or add columns.

const KINDS: HistorySheetKind[] = ['project', 'aggregate', 'plan'];
const MAX_ROWS = 20_000;
const MONEY = '#,##0';

export interface HistoryTemplateReference {
  contents: { code: string; name: string }[];
  adminUnits: { name: string; area: string | null }[];
}

export async function writeHistoryTemplate(ref: HistoryTemplateReference): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  for (const kind of KINDS) {
    const sheet = workbook.addWorksheet(HISTORY_SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = HISTORY_COLUMNS[kind].map((header) => ({ header, width: Math.max(12, Math.min(40, header.length + 4)), style: header.includes('(đồng)') ? { numFmt: MONEY } : {} }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  }
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 16 }, { width: 70 }, { width: 18 }];
  help.addRow(['Cách điền']).font = { bold: true };
  help.addRow(['Đề án', 'Mỗi dòng một đề án của các năm trước khi có cổng (có MST cơ sở nếu có).']);
  help.addRow(['Tổng hợp', 'Mỗi dòng một dòng của bảng báo cáo chỉ còn số tổng hợp (giai đoạn, khu vực/xã, nguồn, nội dung).']);
  help.addRow(['Kế hoạch năm', 'Số đề án và kinh phí kế hoạch của từng năm; để trống "Nguồn" nếu kế hoạch ghi chung mọi nguồn.']);
  help.addRow(['Tình trạng', Object.keys(HISTORY_STATES).join('; ')]);
  help.addRow(['Nguồn', 'KCQG hoặc KCĐP']);
  help.addRow([]);
  help.addRow(['Mã nội dung', 'Tên nội dung']).font = { bold: true };
  for (const c of ref.contents) help.addRow([c.code, c.name]);
  help.addRow([]);
  help.addRow(['Xã/phường/đặc khu', '', 'Khu vực']).font = { bold: true };
  for (const u of ref.adminUnits) help.addRow([u.name, '', u.area ?? '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function readSheet(sheet: ExcelJS.Worksheet, kind: HistorySheetKind): RawHistoryRow[] {
  const wanted: readonly string[] = HISTORY_COLUMNS[kind];
  const header = sheet.getRow(1);
  const positions = wanted.map((title) => {
    let found = -1;
    header.eachCell((cell, col) => {
      if (found < 0 && nameKey(String(cellData(cell) ?? '')) === nameKey(title)) found = col;
    });
    return found;
  });
  const missing = wanted.filter((_, i) => positions[i]! < 0 && !/Nguồn khác|Khu vực|Số quyết định|Nội dung \(/.test(wanted[i]!));
  if (missing.length) throw badFile(`Trang "${sheet.name}" thiếu cột: ${missing.join(', ')}. Hãy dùng mẫu tải từ cổng.`);
  if (sheet.rowCount > MAX_ROWS) throw badFile(`Trang "${sheet.name}" có hơn ${MAX_ROWS} dòng; hãy chia thành nhiều tệp.`);
  const rows: RawHistoryRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push({ row: r, cells: positions.map((col) => (col < 0 ? null : cellData(row.getCell(col)))) });
  }
  return rows;
}

export async function readHistoryWorkbook(bytes: Buffer, fileName: string): Promise<Record<HistorySheetKind, RawHistoryRow[]>> {
  const workbook = await loadXlsxWorkbook(bytes, fileName);
  const result = { project: [], aggregate: [], plan: [] } as Record<HistorySheetKind, RawHistoryRow[]>;
  let found = 0;
  for (const kind of KINDS) {
    const sheet = workbook.worksheets.find((s) => nameKey(s.name) === nameKey(HISTORY_SHEET_NAMES[kind]));
    if (!sheet) continue;
    found++;
    result[kind] = readSheet(sheet, kind);
  }
  if (found === 0) throw badFile(`Tệp "${fileName}" không có trang "Đề án", "Tổng hợp" hay "Kế hoạch năm" của mẫu lịch sử.`);
  return result;
}
