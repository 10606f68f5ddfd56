import 'server-only';
import ExcelJS from 'exceljs';
import { nameKey } from '@/lib/domain/history-cells';
import { MAX_PARTICIPANTS, PARTICIPANT_COLUMNS, PARTICIPANT_REQUIRED_COLUMNS, PARTICIPANT_SHEET_NAME, type RawParticipantRow } from '@/lib/domain/project-outputs';
import { badFile, cellData, loadXlsxWorkbook } from '../programmes/appendix-excel';

// The participant-list template the portal hands out and the reader of a filled one. The reader finds
// the header row (the row holding "Họ và tên") and each column by its title, so people may add
// columns or a title above the table; the checks of each row are lib/domain/project-outputs.ts's.

const HEADER_SCAN_ROWS = 15;

export async function writeParticipantTemplate(classTitle: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const sheet = workbook.addWorksheet(PARTICIPANT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = `DANH SÁCH HỌC VIÊN — ${classTitle}`.slice(0, 250);
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, PARTICIPANT_COLUMNS.length);
  sheet.getCell('A2').value = 'Mỗi dòng một học viên. Bắt buộc: Họ và tên. Năm sinh 4 chữ số; Giới tính: Nam hoặc Nữ.';
  sheet.getCell('A2').font = { italic: true, size: 10 };
  sheet.mergeCells(2, 1, 2, PARTICIPANT_COLUMNS.length);
  const widths = [6, 30, 10, 10, 36, 16];
  const header = sheet.getRow(3);
  PARTICIPANT_COLUMNS.forEach((title, i) => {
    header.getCell(i + 1).value = title;
    sheet.getColumn(i + 1).width = widths[i];
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.getColumn(6).numFmt = '@';
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the rows of a participant list; cells in PARTICIPANT_COLUMNS order, rows numbered as in Excel. */
export async function readParticipantWorkbook(bytes: Buffer, fileName: string): Promise<RawParticipantRow[]> {
  const workbook = await loadXlsxWorkbook(bytes, fileName);
  const sheet = workbook.worksheets.find((s) => nameKey(s.name) === nameKey(PARTICIPANT_SHEET_NAME)) ?? workbook.worksheets[0];
  if (!sheet) throw badFile(`Tệp "${fileName}" không có trang tính nào.`);
  let headerRow = -1;
  let positions: number[] = [];
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rowCount) && headerRow < 0; r++) {
    const found = PARTICIPANT_COLUMNS.map(() => -1);
    sheet.getRow(r).eachCell((cell, col) => {
      const key = nameKey(String(cellData(cell) ?? ''));
      PARTICIPANT_COLUMNS.forEach((title, i) => {
        if (found[i]! < 0 && key === nameKey(title)) found[i] = col;
      });
    });
    if (PARTICIPANT_REQUIRED_COLUMNS.every((title) => found[PARTICIPANT_COLUMNS.indexOf(title as (typeof PARTICIPANT_COLUMNS)[number])]! >= 0)) {
      headerRow = r;
      positions = found;
    }
  }
  if (headerRow < 0) throw badFile(`Trang "${sheet.name}" không có dòng tiêu đề với cột "Họ và tên". Hãy dùng mẫu danh sách tải từ cổng.`);
  if (sheet.rowCount - headerRow > MAX_PARTICIPANTS + 100) throw badFile(`Danh sách có hơn ${MAX_PARTICIPANTS} dòng; hãy chia thành nhiều lớp.`);
  const rows: RawParticipantRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push({ row: r, cells: positions.map((col) => (col < 0 ? null : cellData(row.getCell(col)))) });
  }
  return rows;
}
