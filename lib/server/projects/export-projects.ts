import 'server-only';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { isoDateVn } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { formatDate } from '@/lib/domain/format';
import type { MoneyPosition } from '@/lib/domain/money-position';
import type { Actor } from '@/lib/domain/roles';
import { seesPaymentFigures } from '@/lib/domain/scope';
import { now } from '../clock';
import { dbRead } from '../db';
import { streamTableSheet, type ExcelColumn } from '../excel/table-writer';
import { findMoneyPositions } from '../payments/find-money-position';
import { findProjectIdsForExport, findProjectsForExport, type ProjectFilters } from './find-projects';

/** "de-an-2026-12-01.xlsx": the day in Vietnam, as the screen shows it, from the server's clock. */
export function projectExportFileName(at: Date = now()): string {
  return `de-an-${isoDateVn(at)}.xlsx`;
}

/** Đề án read and written per batch: the server holds one batch at a time, never the whole list. */
const EXPORT_BATCH = 500;
/** Wide enough for any total of a province's list (9.999.999.999.999 đồng, 10 000 tỷ). */
const WIDEST_TOTAL_VND = 9_999_999_999_999n;

type Row = Awaited<ReturnType<typeof findProjectsForExport>>[number] & { money: MoneyPosition };

/**
 * The per-đề án columns of DOMAIN.md "Reports": code, name, content, unit, beneficiary, xã,
 * approved support, own share, advanced and paid to date (from the one money position,
 * lib/domain/money-position.ts), % of volume done, status, notes.
 */
const COLUMNS: ExcelColumn<Row>[] = [
  { header: 'Mã đề án', value: (p) => p.code },
  { header: 'Tên đề án', value: (p) => p.name, maxWidth: 50 },
  { header: 'Năm', kind: 'number', value: (p) => p.year },
  { header: 'Nội dung', value: (p) => `${p.contentCategory.code} ${p.contentCategory.name}`, maxWidth: 30 },
  { header: 'Đơn vị thực hiện', value: (p) => p.implementingOrg.shortName ?? p.implementingOrg.name, maxWidth: 28 },
  { header: 'Cơ sở thụ hưởng', value: (p) => p.beneficiaries.map((b) => b.facility.name).join('; '), maxWidth: 36 },
  { header: 'Xã/phường/đặc khu', value: (p) => adminUnitName(p.adminUnit), maxWidth: 22 },
  { header: 'Hỗ trợ được duyệt (đồng)', kind: 'money', value: (p) => p.approvedSupportVnd },
  { header: 'Vốn đối ứng (đồng)', kind: 'money', value: (p) => p.counterpartVnd },
  { header: 'Đã tạm ứng (đồng)', kind: 'money', value: (p) => p.money.advancedVnd },
  { header: 'Đã thanh toán (đồng)', kind: 'money', value: (p) => p.money.paidVnd },
  { header: 'Còn phải trả (đồng)', kind: 'money', value: (p) => p.money.owedVnd },
  { header: 'Phải nộp trả (đồng)', kind: 'money', value: (p) => p.money.toRefundVnd },
  { header: '% khối lượng hoàn thành', kind: 'number', value: (p) => p.progressPercent },
  { header: 'Trạng thái', value: (p) => PROJECT_LIFECYCLE.statusLabels[p.status], maxWidth: 18 },
  { header: 'Ghi chú', value: (p) => (p.normExceptionNote ? `Ngoại lệ mức chi: ${p.normExceptionNote}` : ''), maxWidth: 40 },
];
/** No payment figures at all for a role that may not see payment requests (not even zeros). */
const PAYMENT_HEADERS = ['Đã tạm ứng (đồng)', 'Đã thanh toán (đồng)', 'Còn phải trả (đồng)', 'Phải nộp trả (đồng)'];

async function* batchesOf(ids: number[]): AsyncGenerator<Row[]> {
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const slice = ids.slice(i, i + EXPORT_BATCH);
    const [projects, positions] = await Promise.all([findProjectsForExport(slice), findMoneyPositions(dbRead, slice)]);
    yield projects.map((p) => ({ ...p, money: positions.get(p.id)! }));
  }
}

/**
 * The filtered list as an Excel workbook. Scope, permission and filters are checked and the matching
 * ids read (in list order) before anything is written — a refusal is an error response, never a
 * broken file; then `write` streams the workbook batch by batch to `out`, the totals summed exactly
 * as the rows pass.
 */
export async function openProjectExport(actor: Actor, query: ProjectFilters): Promise<(out: Writable) => Promise<void>> {
  const ids = await findProjectIdsForExport(actor, query);
  const columns = seesPaymentFigures(actor) ? COLUMNS : COLUMNS.filter((c) => !PAYMENT_HEADERS.includes(c.header));
  const exportedAt = now();
  return (out) =>
    streamTableSheet(
      out,
      {
        sheetName: 'Đề án',
        titles: ['DANH SÁCH ĐỀ ÁN KHUYẾN CÔNG', `Xuất ngày ${formatDate(exportedAt)} từ Cổng quản lý khuyến công. Đơn vị tính: đồng.`],
        numbered: true,
        columns,
        batches: batchesOf(ids),
        rowCount: ids.length,
        totalLabel: (rows) => `Tổng cộng (${rows} đề án)`,
        widestMoneyVnd: WIDEST_TOTAL_VND,
      },
      'Cổng quản lý khuyến công',
    );
}

/** The export as a web stream for a download response (errors after the first byte end the stream). */
export async function exportProjectsStream(actor: Actor, query: ProjectFilters): Promise<ReadableStream<Uint8Array>> {
  const write = await openProjectExport(actor, query);
  const out = new PassThrough();
  write(out).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** The whole workbook in memory (tests, small lists). */
export async function exportProjects(actor: Actor, query: ProjectFilters): Promise<Buffer> {
  const write = await openProjectExport(actor, query);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}
