import 'server-only';
import { FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { LEVERAGE_RULE, PERCENT_RULE } from '@/lib/domain/reports';
import type { PlanVsDoneRow } from './find-plan-vs-done';
import type { ReportLine, ReportSubtotal } from './find-report-lines';
import type { SummaryRow } from './find-summary-report';
import type { ReportColumn, ReportSheet, ReportSheetRow } from './report-sheet';

// The official layouts, as sheets: the line list by area (seed 000's annex), the by-content table
// (seed 002), plan vs done per year (seed 004), the national synthesis by province (seed 003).
// Every figure comes from the report queries; nothing here adds money up.

// A column's kind says how its figures print; a money column's header states its unit, (đồng).
const countColumn = (header: string, width: number): ReportColumn => ({ header, width, kind: 'number' });
const moneyColumn = (header: string, width = 18): ReportColumn => ({ header: `${header} (đồng)`, width, kind: 'money' });
const percentColumn = (header: string): ReportColumn => ({ header, width: 11, kind: 'percent' });

const MONEY_COLUMNS: ReportColumn[] = [
  countColumn('Số đề án', 9),
  countColumn('Số cơ sở', 9),
  moneyColumn('Tổng kinh phí'),
  moneyColumn('Hỗ trợ từ ngân sách'),
  moneyColumn('Đối ứng'),
  moneyColumn('Nguồn khác', 16),
];

const figures = (r: { projects: bigint; facilities: bigint; totalCostVnd: bigint; stateSupportVnd: bigint; counterpartVnd: bigint; otherFundingVnd: bigint }) => [
  r.projects, r.facilities, r.totalCostVnd, r.stateSupportVnd, r.counterpartVnd, r.otherFundingVnd,
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function lineListSheet(subtitle: string, lines: ReportLine[], subtotals: ReportSubtotal[]): ReportSheet {
  const rows: ReportSheetRow[] = [];
  const areas = [...new Set(lines.map((l) => l.area))];
  areas.forEach((area, ai) => {
    const areaTotal = subtotals.find((s) => s.level === 1 && s.area === area)!;
    rows.push({ kind: 'group', cells: [ROMAN[ai] ?? String(ai + 1), area ?? 'Chưa rõ khu vực', '', '', ...figures(areaTotal)] });
    for (const source of ['KCQG', 'KCDP'] as const) {
      const mine = lines.filter((l) => l.area === area && l.fundingLevel === source);
      if (mine.length === 0) continue;
      const sub = subtotals.find((s) => s.level === 0 && s.area === area && s.fundingLevel === source)!;
      rows.push({ kind: 'subtotal', cells: ['', `Khuyến công ${source === 'KCQG' ? 'quốc gia' : 'địa phương'}`, '', '', ...figures(sub)] });
      mine.forEach((l, i) => {
        const period = l.yearFrom === l.yearTo ? String(l.yearFrom) : `${l.yearFrom}–${l.yearTo}`;
        const origin = l.kind === 'live' ? '' : l.kind === 'project' ? ' (lịch sử)' : ' (số tổng hợp lịch sử)';
        rows.push({ cells: [i + 1, `${l.label}${origin}`, l.contentCode ?? '', period, ...figures(l)] });
      });
    }
  });
  const total = subtotals.find((s) => s.level === 3)!;
  rows.push({ kind: 'total', cells: ['', 'Tổng cộng', '', '', ...figures(total)] });
  return {
    name: 'Danh sách theo khu vực',
    title: 'DANH SÁCH ĐỀ ÁN KHUYẾN CÔNG THEO KHU VỰC VÀ NGUỒN KINH PHÍ',
    subtitle,
    columns: [{ header: 'TT', width: 6 }, { header: 'Đề án / nội dung', width: 50 }, { header: 'Mã nội dung', width: 11 }, { header: 'Năm', width: 11 }, ...MONEY_COLUMNS],
    rows,
  };
}

export function byContentSheet(subtitle: string, groups: SummaryRow[], items: SummaryRow[], total: SummaryRow): ReportSheet {
  const rows: ReportSheetRow[] = [];
  groups.forEach((g, gi) => {
    rows.push({ kind: 'group', cells: [ROMAN[gi] ?? String(gi + 1), g.label, ...figures(g), g.kcqgVnd, g.kcdpVnd] });
    // Items of this group: their label starts with the group's code ("KC03.4 …" under "KC03 …").
    const code = g.label.split(' ')[0]!;
    items
      .filter((it) => (it.label.split(' ')[0] ?? '').startsWith(`${code}.`))
      .forEach((it, i) => rows.push({ cells: [i + 1, it.label, ...figures(it), it.kcqgVnd, it.kcdpVnd] }));
  });
  rows.push({ kind: 'total', cells: ['', 'Tổng cộng', ...figures(total), total.kcqgVnd, total.kcdpVnd] });
  return {
    name: 'Theo nội dung',
    title: 'KẾT QUẢ THỰC HIỆN THEO NỘI DUNG HOẠT ĐỘNG KHUYẾN CÔNG',
    subtitle,
    columns: [{ header: 'TT', width: 6 }, { header: 'Nội dung', width: 50 }, ...MONEY_COLUMNS, moneyColumn('Trong đó KCQG'), moneyColumn('Trong đó KCĐP')],
    rows,
    note: LEVERAGE_RULE,
  };
}

export function planVsDoneSheet(subtitle: string, rows: PlanVsDoneRow[]): ReportSheet {
  return {
    name: 'Kế hoạch - thực hiện',
    title: 'KẾT QUẢ THỰC HIỆN SO VỚI KẾ HOẠCH THEO NĂM',
    subtitle,
    columns: [
      { header: 'Năm', width: 8 },
      countColumn('Đề án kế hoạch', 12),
      countColumn('Đề án hoàn thành', 12),
      percentColumn('Đạt (% đề án)'),
      moneyColumn('Kinh phí kế hoạch', 20),
      moneyColumn('Đã giải ngân', 20),
      percentColumn('Đạt (% kinh phí)'),
    ],
    rows: rows.map((r) => ({ cells: [r.year, r.plannedProjects, r.doneProjects, r.projectsPercent, r.plannedVnd, r.doneVnd, r.moneyPercent] })),
    note: PERCENT_RULE,
  };
}

export function byProvinceSheet(subtitle: string, provinces: SummaryRow[], total: SummaryRow): ReportSheet {
  const line = (r: SummaryRow) => [...figures(r), r.leverage];
  return {
    name: 'Tổng hợp theo tỉnh',
    title: `TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG QUỐC GIA THEO TỈNH, THÀNH PHỐ (${FUNDING_LEVEL_SHORT.KCQG})`,
    subtitle,
    columns: [{ header: 'TT', width: 6 }, { header: 'Tỉnh, thành phố', width: 30 }, ...MONEY_COLUMNS, { header: 'Hệ số huy động', width: 12, kind: 'ratio' }],
    rows: [...provinces.map((p, i) => ({ cells: [i + 1, p.label, ...line(p)] })), { kind: 'total' as const, cells: ['', 'Tổng cộng', ...line(total)] }],
    note: LEVERAGE_RULE,
  };
}
