// The appendix's Excel layout, shared by the writer and the reader (docs/decisions/0003).
//
//   row 1  PHỤ LỤC                                            (merged across the table)
//   row 2  TỔNG HỢP NỘI DUNG THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG GIAI ĐOẠN 2026-2030
//   row 3  (Kèm theo Quyết định số … ngày … của …)
//   row 5  TT | Nội dung chương trình/đề án | ĐVT | Kế hoạch các năm (merged) | Tổng nội dung
//   row 6                                          | Năm 2026 | … | Năm 2030 |
//   row 7… I  | group name (merged to the last column)
//          1  | item | unit | value per year (empty = not planned) | total as written
export const APPENDIX_SHEET_NAME = 'Phụ lục';
export const APPENDIX_HEADER_ROW = 5;
export const APPENDIX_FIRST_DATA_ROW = 7;

export const HEADER_TEXT = {
  tt: 'TT',
  name: 'Nội dung chương trình/đề án',
  unit: 'ĐVT',
  years: 'Kế hoạch các năm',
  total: 'Tổng nội dung',
} as const;

export { XLSX_MIME } from '../excel/table-writer';

/** Case-, accent-form- and space-insensitive comparison key for header texts typed by people. */
export function headerKey(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/\s+/g, ' ').trim();
}
