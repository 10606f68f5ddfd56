import 'server-only';
import ExcelJS from 'exceljs';
import { isoDateVn } from '@/lib/domain/format';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { now } from '../clock';
import { AppError } from '../errors';
import { findPlanVsDone } from './find-plan-vs-done';
import { findReportLines } from './find-report-lines';
import { findSummaryReport } from './find-summary-report';
import { byContentSheet, byProvinceSheet, lineListSheet, planVsDoneSheet } from './report-layouts';
import { addReportSheet } from './report-sheet';

export const REPORT_LAYOUTS = { 'danh-sach': 'lineList', 'noi-dung': 'byContent', 'ke-hoach': 'planVsDone', 'tinh': 'byProvince' } as const;
export type ReportLayout = keyof typeof REPORT_LAYOUTS;

export function isReportLayout(value: string | null): value is ReportLayout {
  return value !== null && value in REPORT_LAYOUTS;
}

function subtitleOf(query: ReportQuery): string {
  const period = query.yearFrom || query.yearTo ? `Giai đoạn ${query.yearFrom ?? '…'}–${query.yearTo ?? '…'}` : 'Mọi năm';
  return `${period}. Số liệu tính từ hồ sơ trên Cổng quản lý khuyến công và dữ liệu lịch sử đã nhập.`;
}

/** One official table as an .xlsx file, with the same figures as the report on screen. */
export async function exportReport(actor: Actor, query: ReportQuery, layout: ReportLayout): Promise<{ fileName: string; bytes: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng quản lý khuyến công';
  const subtitle = subtitleOf(query);
  if (layout === 'ke-hoach') {
    addReportSheet(workbook, planVsDoneSheet(subtitle, await findPlanVsDone(actor, query)));
  } else if (layout === 'danh-sach') {
    const { lines, subtotals, truncated } = await findReportLines(actor, query);
    if (truncated) throw new AppError('VALIDATION', 'Danh sách quá dài để xuất một tệp; hãy thu hẹp kỳ hoặc phạm vi báo cáo.');
    addReportSheet(workbook, lineListSheet(subtitle, lines, subtotals));
  } else {
    const report = await findSummaryReport(actor, query);
    if (!report.total) throw new AppError('NOT_FOUND', 'Không có số liệu trong kỳ đã chọn.');
    if (layout === 'noi-dung') addReportSheet(workbook, byContentSheet(subtitle, report.byContentGroup, report.byContent, report.total));
    else {
      if (actor.role !== 'MINISTRY_OFFICER') throw new AppError('FORBIDDEN', 'Bảng tổng hợp theo tỉnh dành cho Bộ Công Thương.');
      addReportSheet(workbook, byProvinceSheet(subtitle, report.byProvince, report.total));
    }
  }
  // Named by the day in Vietnam, like the đề án export.
  return { fileName: `bao-cao-${layout}-${isoDateVn(now())}.xlsx`, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
