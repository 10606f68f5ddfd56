import { describe, expect, it } from 'vitest';
import type { SummaryRow } from '@/lib/server/reports/find-summary-report';
import { summaryRowsHtml } from './summary-rows-html';

function row(overrides: Partial<SummaryRow>): SummaryRow {
  return {
    dimension: 'xa',
    key: '12',
    label: 'Xã An Hưng',
    projects: 3n,
    facilities: 4n,
    totalCostVnd: 1_234_567_890n,
    stateSupportVnd: 600_000_000n,
    kcqgVnd: 100_000_000n,
    kcdpVnd: 500_000_000n,
    counterpartVnd: 634_567_890n,
    otherFundingVnd: 0n,
    approvedVnd: 600_000_000n,
    paidVnd: 300_000_000n,
    historyRows: 0n,
    leverage: 2.06,
    paidPercent: 50,
    ...overrides,
  };
}

describe('summaryRowsHtml', () => {
  it('writes each figure in Vietnamese form, one cell per column (the table aligns the figures)', () => {
    const html = summaryRowsHtml([row({})], { yearFrom: 2026 });
    expect(html).toContain('<td>1.234.567.890</td>');
    expect(html).toContain('<td>2,06</td>');
    expect(html.match(/<td/g)).toHaveLength(12);
  });

  it('links the count to the đề án list narrowed to the row, with an accessible name', () => {
    const html = summaryRowsHtml([row({})], { yearFrom: 2026 });
    expect(html).toContain('href="/de-an?yearFrom=2026&amp;xa=12&amp;counted=1"');
    expect(html).toContain('aria-label="3 đề án — Xã An Hưng: xem danh sách"');
  });

  it('links history rows only when the row has some', () => {
    expect(summaryRowsHtml([row({})], {})).not.toContain('dòng lịch sử');
    const html = summaryRowsHtml([row({ historyRows: 5n })], {});
    expect(html).toContain('href="/bao-cao/lich-su?xa=12"');
    expect(html).toContain('gồm 5 dòng lịch sử');
  });

  it('writes a row that cannot be a filter without a link, and marks the total row', () => {
    const html = summaryRowsHtml([row({ dimension: 'area', key: null, label: 'Chưa xác định' }), row({ dimension: 'total', key: null, label: 'Tổng cộng' })], {});
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<tr class="bg-slate-50 font-semibold"><td>Tổng cộng</td>');
  });

  it('never lets a label from the database become markup', () => {
    const html = summaryRowsHtml([row({ label: '<img src=x onerror="alert(1)">' })], {});
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
