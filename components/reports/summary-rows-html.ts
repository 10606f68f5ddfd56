// The summary report's rows as HTML text. A report over every xã and content has ~2 000 cells;
// rendered as React elements they were most of the page's server time and were sent twice (HTML
// and the React payload). Written as one string here, every piece of text and every link is
// escaped (escapeHtml) — labels come from the database (xã, content names) and must never become
// markup (docs/decisions/0046).
import { escapeHtml } from '@/lib/domain/format';
import { formatVndPlain } from '@/lib/domain/money';
import { formatLeverage, formatPercent } from '@/lib/domain/reports';
import { historyLink, narrowQuery, projectsLink } from '@/lib/domain/reports-links';
import type { ReportQuery } from '@/lib/schemas/report';
import type { SummaryRow } from '@/lib/server/reports/find-summary-report';

/** A cell: the table (`figures`, components/ui/table.tsx) aligns every figure after the row's label. */
function cell(content: string): string {
  return `<td>${content}</td>`;
}

/** The count of đề án, linked to the records behind it when the row can be expressed as a filter. */
function projectsCell(row: SummaryRow, narrowed: ReportQuery | null): string {
  const count = row.projects.toString();
  if (!narrowed) return cell(count);
  const label = `${count} đề án — ${row.label}: xem danh sách`;
  const list = `<a href="${escapeHtml(projectsLink(narrowed))}" class="text-brand-700 hover:underline" aria-label="${escapeHtml(label)}">${count}</a>`;
  const history =
    row.historyRows > 0n
      ? `<a href="${escapeHtml(historyLink(narrowed))}" class="block text-xs text-slate-600 hover:underline">gồm ${row.historyRows.toString()} dòng lịch sử</a>`
      : '';
  return cell(list + history);
}

/** The <tr> rows of one breakdown, escaped; the total row stands out. */
export function summaryRowsHtml(rows: readonly SummaryRow[], query: ReportQuery): string {
  return rows
    .map((row) => {
      const narrowed = narrowQuery(query, row.dimension, row.key);
      const rowClass = row.dimension === 'total' ? ' class="bg-slate-50 font-semibold"' : '';
      return (
        `<tr${rowClass}>` +
        cell(escapeHtml(row.label)) +
        projectsCell(row, narrowed) +
        cell(row.facilities.toString()) +
        cell(formatVndPlain(row.totalCostVnd)) +
        cell(formatVndPlain(row.kcqgVnd)) +
        cell(formatVndPlain(row.kcdpVnd)) +
        cell(formatVndPlain(row.counterpartVnd)) +
        cell(formatVndPlain(row.otherFundingVnd)) +
        cell(escapeHtml(formatLeverage(row.leverage))) +
        cell(formatVndPlain(row.approvedVnd)) +
        cell(formatVndPlain(row.paidVnd)) +
        cell(escapeHtml(formatPercent(row.paidPercent))) +
        '</tr>'
      );
    })
    .join('');
}
