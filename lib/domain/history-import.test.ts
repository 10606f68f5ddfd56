import { describe, expect, it } from 'vitest';
import { HISTORY_COLUMNS, HISTORY_STATE_LABELS, type HistoryIssue, type HistoryReference, historyIssueText, parseHistoryRows, type RawHistoryRow } from './history-import';
import type { SheetCell } from './programme-import';

const ref: HistoryReference = {
  contents: new Map([['KC03.4', 34], ['KC04.1', 41]]),
  adminUnits: new Map([['nam sach', { id: 7, area: 'Phía Tây' }], ['thuy nguyen', { id: 9, area: 'Phía Đông' }]]),
  areas: ['Phía Đông', 'Phía Tây'],
};
const none = { project: [], aggregate: [], plan: [] };

describe('history rows', () => {
  it('reads a đề án row: xã matched without diacritics, area taken from the xã, money as typed text', () => {
    const result = parseHistoryRows(
      { ...none, project: [{ row: 2, cells: [2023, 'KCĐP', 'kc03.4', 'Xã Nam Sach', null, '0801234567', 'Cơ sở A', 'Máy sấy', '1.000.000.000', 300_000_000, 700_000_000, null, 'Đã quyết toán', '12/QĐ'] }] },
      ref,
    );
    expect(result.errors).toBe(0);
    expect(result.projects[0]).toMatchObject({ year: 2023, fundingLevel: 'KCDP', contentCategoryId: 34, adminUnitId: 7, area: 'Phía Tây', totalCostVnd: 1_000_000_000n, state: 'SETTLED' });
  });

  it('keeps a typed total that differs from its parts, with a warning giving both', () => {
    const result = parseHistoryRows({ ...none, aggregate: [{ row: 5, cells: [2021, 2025, 'Phía Đông', null, 'KCQG', null, 'Máy', 3, 4, 2_725_640_001, 1_200_000_000, 1_525_640_000, null] }] }, ref);
    expect(result.errors).toBe(0);
    expect(result.aggregates[0]!.totalCostVnd).toBe(2_725_640_001n);
    expect(result.aggregates[0]!.contentCategoryId).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ row: 5, severity: 'warning', message: expect.stringContaining('2725640001') })]);
  });

  it('refuses a xã in the wrong area, a decimal amount and an unknown content', () => {
    const result = parseHistoryRows(
      { ...none, aggregate: [{ row: 3, cells: [2022, null, 'Phía Tây', 'Thủy Nguyên', 'KCDP', 'KC99', null, 1, 1, 10.5, 10, 0, null] }] },
      ref,
    );
    expect(result.aggregates).toEqual([]);
    expect(result.issues.map((i) => i.column).sort()).toEqual(['Khu vực', 'Mã nội dung', 'Tổng kinh phí (đồng)']);
  });

  it('says so when a file has no data at all', () => {
    expect(parseHistoryRows(none, ref).errors).toBe(1);
  });
});

type Kind = keyof typeof HISTORY_COLUMNS;
const defaults: Record<Kind, SheetCell[]> = {
  project: [2023, 'KCQG', 'KC03.4', null, null, null, null, 'Máy sấy', 1000, 600, 400, null, 'Đã nghiệm thu', null],
  aggregate: [2021, 2022, null, null, 'KCDP', null, null, 3, 2, 1000, 600, 400, null],
  plan: [2023, 'KCQG', 5, 1000],
};
function row<K extends Kind>(kind: K, rowNo: number, set: Partial<Record<(typeof HISTORY_COLUMNS)[K][number], SheetCell>> = {}): RawHistoryRow {
  const columns: readonly string[] = HISTORY_COLUMNS[kind];
  const cells = [...defaults[kind]];
  for (const [column, value] of Object.entries(set)) cells[columns.indexOf(column)] = value as SheetCell;
  return { row: rowNo, cells };
}
const parse = (kind: Kind, ...rows: RawHistoryRow[]) => parseHistoryRows({ ...none, [kind]: rows }, ref);
const only = (kind: Kind, rowNo: number, column: string | null, message: string, severity: 'error' | 'warning' = 'error'): HistoryIssue[] => [{ sheet: kind, row: rowNo, column, severity, message }];

describe('history đề án rows', () => {
  it('builds the whole record, with optional cells left empty as null', () => {
    const result = parse('project', row('project', 4));
    expect(result.issues).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
    expect(result.projects).toEqual([
      { rowNo: 4, year: 2023, fundingLevel: 'KCQG', contentCategoryId: 34, adminUnitId: null, area: null, facilityTaxCode: null, facilityName: null, name: 'Máy sấy', state: 'ACCEPTED', decisionNumbers: null, totalCostVnd: 1000n, stateSupportVnd: 600n, counterpartVnd: 400n, otherFundingVnd: 0n },
    ]);
  });

  it('keeps facility, tax code, decision numbers and other funding as typed', () => {
    const result = parse('project', row('project', 4, { 'MST cơ sở': ' 0801234567-001 ', 'Tên cơ sở': ' Cơ sở A ', 'Số quyết định': '12/QĐ-UBND', 'Tổng kinh phí (đồng)': 1100, 'Nguồn khác (đồng)': 100 }));
    expect(result.issues).toEqual([]);
    expect(result.projects[0]).toMatchObject({ facilityTaxCode: '0801234567-001', facilityName: 'Cơ sở A', decisionNumbers: '12/QĐ-UBND', otherFundingVnd: 100n, totalCostVnd: 1100n });
  });

  it('reads every state label, also without diacritics or in capitals', () => {
    const states = [['Đã phê duyệt', 'APPROVED'], ['da nghiem thu', 'ACCEPTED'], ['ĐÃ QUYẾT TOÁN', 'SETTLED'], ['Dừng thực hiện', 'STOPPED']] as const;
    for (const [typed, state] of states) expect(parse('project', row('project', 2, { 'Tình trạng': typed })).projects[0]!.state).toBe(state);
    expect(HISTORY_STATE_LABELS).toEqual({ APPROVED: 'Đã phê duyệt', ACCEPTED: 'Đã nghiệm thu', SETTLED: 'Đã quyết toán', STOPPED: 'Dừng thực hiện' });
  });

  it('refuses a missing or unknown state, listing the accepted ones', () => {
    expect(parse('project', row('project', 2, { 'Tình trạng': null })).issues).toEqual(only('project', 2, 'Tình trạng', 'chưa nhập'));
    const result = parse('project', row('project', 2, { 'Tình trạng': 'Đang làm' }));
    expect(result.issues).toEqual(only('project', 2, 'Tình trạng', '"Đang làm" phải là một trong: Đã phê duyệt, Đã nghiệm thu, Đã quyết toán, Dừng thực hiện'));
    expect(result.projects).toEqual([]);
  });

  it('refuses a missing or out-of-range year and a missing or unknown source', () => {
    expect(parse('project', row('project', 2, { Năm: null })).issues).toEqual(only('project', 2, 'Năm', 'chưa nhập'));
    expect(parse('project', row('project', 2, { Năm: 1999 })).issues).toEqual(only('project', 2, 'Năm', 'năm 1999 nằm ngoài 2000–2100'));
    expect(parse('project', row('project', 2, { Nguồn: null })).issues).toEqual(only('project', 2, 'Nguồn', 'chưa nhập'));
    expect(parse('project', row('project', 2, { Nguồn: 'KCTW' })).issues).toEqual(only('project', 2, 'Nguồn', 'nguồn "KCTW" phải là KCQG hoặc KCĐP'));
    expect(parse('project', row('project', 2, { Năm: null })).projects).toEqual([]);
  });

  it('requires a known content code, matched in any case', () => {
    expect(parse('project', row('project', 2, { 'Mã nội dung': ' kc04.1 ' })).projects[0]!.contentCategoryId).toBe(41);
    expect(parse('project', row('project', 2, { 'Mã nội dung': null })).issues).toEqual(only('project', 2, 'Mã nội dung', 'chưa nhập (ví dụ KC03.4)'));
    const unknown = parse('project', row('project', 2, { 'Mã nội dung': 'kc99' }));
    expect(unknown.issues).toEqual(only('project', 2, 'Mã nội dung', 'mã "KC99" không có trong danh mục nội dung khuyến công'));
    expect(unknown.projects).toEqual([]);
  });

  it('requires a name', () => {
    const result = parse('project', row('project', 2, { 'Tên đề án': '  ' }));
    expect(result.issues).toEqual(only('project', 2, 'Tên đề án', 'chưa nhập'));
    expect(result.projects).toEqual([]);
  });

  it('accepts a tax code of 10 digits (spaces dropped) or 10-3 digits, refuses others', () => {
    expect(parse('project', row('project', 2, { 'MST cơ sở': '080 123 4567' })).projects[0]!.facilityTaxCode).toBe('0801234567');
    expect(parse('project', row('project', 2, { 'MST cơ sở': 801234567 })).issues).toEqual(only('project', 2, 'MST cơ sở', '"801234567" không phải MST (10 số, hoặc 10 số-3 số)'));
    for (const bad of ['08012345678', '0801234567-01', '0801234567-0011', 'a801234567']) {
      const result = parse('project', row('project', 2, { 'MST cơ sở': bad }));
      expect(result.issues).toEqual(only('project', 2, 'MST cơ sở', `"${bad}" không phải MST (10 số, hoặc 10 số-3 số)`));
      expect(result.projects).toEqual([]);
    }
  });

  it('matches xã and area by name key, taking the area from the xã when not typed', () => {
    expect(parse('project', row('project', 2, { 'Xã/phường/đặc khu': 'thuy nguyen' })).projects[0]).toMatchObject({ adminUnitId: 9, area: 'Phía Đông' });
    expect(parse('project', row('project', 2, { 'Khu vực': 'phia tay' })).projects[0]).toMatchObject({ adminUnitId: null, area: 'Phía Tây' });
    expect(parse('project', row('project', 2, { 'Xã/phường/đặc khu': 'Xã Nam Sách', 'Khu vực': 'Phía Tây' })).projects[0]).toMatchObject({ adminUnitId: 7, area: 'Phía Tây' });
  });

  it('accepts any typed area for a xã that has none', () => {
    const noArea: HistoryReference = { ...ref, adminUnits: new Map([['an lao', { id: 3, area: null }]]) };
    const result = parseHistoryRows({ ...none, project: [row('project', 2, { 'Xã/phường/đặc khu': 'An Lão', 'Khu vực': 'Phía Đông' })] }, noArea);
    expect(result.issues).toEqual([]);
    expect(result.projects[0]).toMatchObject({ adminUnitId: 3, area: 'Phía Đông' });
    expect(parseHistoryRows({ ...none, project: [row('project', 2, { 'Xã/phường/đặc khu': 'An Lão' })] }, noArea).projects[0]).toMatchObject({ adminUnitId: 3, area: null });
  });

  it('refuses an unknown xã, an unknown area and a xã outside the typed area', () => {
    expect(parse('project', row('project', 2, { 'Xã/phường/đặc khu': 'Xã Không Có' })).issues).toEqual(only('project', 2, 'Xã/phường/đặc khu', 'không có xã/phường/đặc khu "Xã Không Có" trong danh mục của tỉnh'));
    expect(parse('project', row('project', 2, { 'Khu vực': 'Phía Nam' })).issues).toEqual(only('project', 2, 'Khu vực', 'khu vực "Phía Nam" không có trong danh mục (Phía Đông, Phía Tây)'));
    const noAreas = parseHistoryRows({ ...none, project: [row('project', 2, { 'Khu vực': 'Phía Nam' })] }, { ...ref, areas: [] });
    expect(noAreas.issues).toEqual(only('project', 2, 'Khu vực', 'khu vực "Phía Nam" không có trong danh mục (chưa có khu vực)'));
    const wrong = parse('project', row('project', 2, { 'Xã/phường/đặc khu': 'Thủy Nguyên', 'Khu vực': 'Phía Tây' }));
    expect(wrong.issues).toEqual(only('project', 2, 'Khu vực', 'xã "Thủy Nguyên" thuộc Phía Đông, không thuộc Phía Tây'));
    expect(wrong.projects).toEqual([]);
  });

  it('requires the total and the budget support; counterpart and other funding default to 0', () => {
    expect(parse('project', row('project', 2, { 'Tổng kinh phí (đồng)': null, 'Hỗ trợ từ ngân sách (đồng)': '-' })).issues).toEqual([
      { sheet: 'project', row: 2, column: 'Tổng kinh phí (đồng)', severity: 'error', message: 'chưa nhập' },
      { sheet: 'project', row: 2, column: 'Hỗ trợ từ ngân sách (đồng)', severity: 'error', message: 'chưa nhập' },
    ]);
    const result = parse('project', row('project', 2, { 'Tổng kinh phí (đồng)': 600, 'Đối ứng (đồng)': null }));
    expect(result.issues).toEqual([]);
    expect(result.projects[0]).toMatchObject({ totalCostVnd: 600n, stateSupportVnd: 600n, counterpartVnd: 0n, otherFundingVnd: 0n });
  });

  it('names the money column a bad amount is in', () => {
    expect(parse('project', row('project', 2, { 'Đối ứng (đồng)': -1 })).issues).toEqual(only('project', 2, 'Đối ứng (đồng)', 'số tiền âm không hợp lệ'));
    expect(parse('project', row('project', 2, { 'Nguồn khác (đồng)': '1,5' })).issues).toEqual(only('project', 2, 'Nguồn khác (đồng)', '"1,5" không phải số tiền nguyên đồng (ví dụ 1.500.000)'));
  });

  it('warns, and keeps the row, when the total differs from its parts by one đồng either way', () => {
    for (const total of [999, 1001]) {
      const result = parse('project', row('project', 2, { 'Tổng kinh phí (đồng)': total }));
      expect(result.issues).toEqual(only('project', 2, 'Tổng kinh phí (đồng)', `tổng ghi ${total} khác tổng các nguồn 1000; giữ nguyên như văn bản`, 'warning'));
      expect(result.errors).toBe(0);
      expect(result.warnings).toBe(1);
      expect(result.projects[0]!.totalCostVnd).toBe(BigInt(total));
    }
  });

  it('does not add the sum warning to a row already refused', () => {
    expect(parse('project', row('project', 2, { 'Tên đề án': null, 'Tổng kinh phí (đồng)': 5 })).issues).toEqual(only('project', 2, 'Tên đề án', 'chưa nhập'));
  });

  it('skips blank rows, including rows of dashes, and reads the rest', () => {
    const blank = { row: 3, cells: [null, '', ' - ', '—', null, null, null, null, null, null, null, null, null, null] };
    const result = parse('project', row('project', 2), blank, row('project', 4));
    expect(result.issues).toEqual([]);
    expect(result.projects.map((p) => p.rowNo)).toEqual([2, 4]);
  });
});

describe('history aggregate rows', () => {
  it('builds the whole record', () => {
    const result = parse('aggregate', row('aggregate', 6, { 'Mã nội dung': 'KC04.1', 'Nội dung (như báo cáo ghi)': ' Máy móc ', 'Xã/phường/đặc khu': 'Nam Sách' }));
    expect(result.issues).toEqual([]);
    expect(result.aggregates).toEqual([
      { rowNo: 6, yearFrom: 2021, yearTo: 2022, area: 'Phía Tây', adminUnitId: 7, fundingLevel: 'KCDP', contentCategoryId: 41, label: 'Máy móc', projectCount: 3, facilityCount: 2, totalCostVnd: 1000n, stateSupportVnd: 600n, counterpartVnd: 400n, otherFundingVnd: 0n },
    ]);
  });

  it('takes the end year from the start year, and accepts equal years', () => {
    expect(parse('aggregate', row('aggregate', 2, { 'Đến năm': null })).aggregates[0]).toMatchObject({ yearFrom: 2021, yearTo: 2021 });
    expect(parse('aggregate', row('aggregate', 2, { 'Đến năm': 2021 })).issues).toEqual([]);
  });

  it('refuses an end year before the start year, and a missing start year', () => {
    const before = parse('aggregate', row('aggregate', 2, { 'Đến năm': 2020 }));
    expect(before.issues).toEqual(only('aggregate', 2, 'Đến năm', 'đến năm 2020 trước từ năm 2021'));
    expect(before.aggregates).toEqual([]);
    const noStart = parse('aggregate', row('aggregate', 2, { 'Từ năm': null, 'Đến năm': null }));
    expect(noStart.issues).toEqual(only('aggregate', 2, 'Từ năm', 'chưa nhập'));
    expect(noStart.aggregates).toEqual([]);
    expect(parse('aggregate', row('aggregate', 2, { 'Đến năm': 2101 })).issues).toEqual(only('aggregate', 2, 'Đến năm', 'năm 2101 nằm ngoài 2000–2100'));
  });

  it('requires the source and the number of đề án; facilities default to 0, label and content to null', () => {
    expect(parse('aggregate', row('aggregate', 2, { Nguồn: null })).issues).toEqual(only('aggregate', 2, 'Nguồn', 'chưa nhập'));
    expect(parse('aggregate', row('aggregate', 2, { 'Số đề án': null })).issues).toEqual(only('aggregate', 2, 'Số đề án', 'chưa nhập'));
    expect(parse('aggregate', row('aggregate', 2, { 'Số đề án': '1,5' })).issues).toEqual(only('aggregate', 2, 'Số đề án', '"1,5" không phải số nguyên'));
    expect(parse('aggregate', row('aggregate', 2, { 'Số cơ sở': 1_000_001 })).issues).toEqual(only('aggregate', 2, 'Số cơ sở', 'số lượng quá lớn'));
    expect(parse('aggregate', row('aggregate', 2, { 'Số cơ sở': null })).aggregates[0]).toMatchObject({ facilityCount: 0, label: null, contentCategoryId: null, projectCount: 3 });
    expect(parse('aggregate', row('aggregate', 2, { 'Số đề án': 0 })).aggregates[0]!.projectCount).toBe(0);
  });

  it('refuses an unknown content code', () => {
    const result = parse('aggregate', row('aggregate', 2, { 'Mã nội dung': 'KC99' }));
    expect(result.issues).toEqual(only('aggregate', 2, 'Mã nội dung', 'mã "KC99" không có trong danh mục nội dung khuyến công'));
    expect(result.aggregates).toEqual([]);
  });
});

describe('history plan rows', () => {
  it('builds the record; the source may be empty for all sources', () => {
    expect(parse('plan', row('plan', 2, { 'Kinh phí kế hoạch (đồng)': '1.500.000' })).plans).toEqual([{ rowNo: 2, year: 2023, fundingLevel: 'KCQG', plannedProjects: 5, plannedVnd: 1_500_000n }]);
    expect(parse('plan', row('plan', 2, { Nguồn: null })).plans).toEqual([{ rowNo: 2, year: 2023, fundingLevel: null, plannedProjects: 5, plannedVnd: 1000n }]);
  });

  it('requires year, number of đề án and money', () => {
    expect(parse('plan', row('plan', 2, { Năm: null })).issues).toEqual(only('plan', 2, 'Năm', 'chưa nhập'));
    expect(parse('plan', row('plan', 2, { 'Số đề án kế hoạch': null })).issues).toEqual(only('plan', 2, 'Số đề án kế hoạch', 'chưa nhập'));
    const noMoney = parse('plan', row('plan', 2, { 'Kinh phí kế hoạch (đồng)': null }));
    expect(noMoney.issues).toEqual(only('plan', 2, 'Kinh phí kế hoạch (đồng)', 'chưa nhập'));
    expect(noMoney.plans).toEqual([]);
    expect(parse('plan', row('plan', 2, { Nguồn: 'x' })).issues).toEqual(only('plan', 2, 'Nguồn', 'nguồn "x" phải là KCQG hoặc KCĐP'));
  });

  it('refuses a second plan for the same year and source, naming the first row', () => {
    const twin = parse('plan', row('plan', 2), row('plan', 3, { Nguồn: 'kcqg' }));
    expect(twin.issues).toEqual(only('plan', 3, 'Năm', 'kế hoạch năm 2023 (KCQG) đã có ở dòng 2'));
    expect(twin.plans.map((p) => p.rowNo)).toEqual([2]);
    const all = parse('plan', row('plan', 4, { Nguồn: null }), row('plan', 5, { Nguồn: null }));
    expect(all.issues).toEqual(only('plan', 5, 'Năm', 'kế hoạch năm 2023 (mọi nguồn) đã có ở dòng 4'));
  });

  it('accepts the same year for another source, or all sources, and another year', () => {
    const result = parse('plan', row('plan', 2), row('plan', 3, { Nguồn: 'KCĐP' }), row('plan', 4, { Nguồn: null }), row('plan', 5, { Năm: 2024 }));
    expect(result.issues).toEqual([]);
    expect(result.plans.map((p) => p.rowNo)).toEqual([2, 3, 4, 5]);
  });
});

describe('history import totals and messages', () => {
  it('sorts issues by sheet then row and counts errors and warnings', () => {
    const result = parseHistoryRows(
      {
        project: [row('project', 9, { Năm: null }), row('project', 3, { 'Tổng kinh phí (đồng)': 1 })],
        aggregate: [row('aggregate', 7, { Nguồn: null })],
        plan: [row('plan', 5, { Năm: null })],
      },
      ref,
    );
    expect(result.issues.map((i) => [i.sheet, i.row])).toEqual([['aggregate', 7], ['plan', 5], ['project', 3], ['project', 9]]);
    expect(result.errors).toBe(3);
    expect(result.warnings).toBe(1);
  });

  it('reports an empty file once, but not a file whose rows all failed', () => {
    expect(parseHistoryRows({ ...none, plan: [{ row: 2, cells: [null, null, null, '-'] }] }, ref).issues).toEqual([
      { sheet: 'aggregate', row: 0, column: null, severity: 'error', message: 'tệp không có dòng dữ liệu nào ở cả ba trang tính' },
    ]);
    const failed = parse('plan', row('plan', 2, { Năm: null }));
    expect(failed.errors).toBe(1);
    expect(failed.issues).toEqual(only('plan', 2, 'Năm', 'chưa nhập'));
    expect(parse('plan', row('plan', 2)).issues).toEqual([]);
  });

  it('words an issue with its sheet, row and column, or the file', () => {
    expect(historyIssueText({ sheet: 'project', row: 4, column: 'Năm', severity: 'error', message: 'chưa nhập' })).toBe('Trang "Đề án", dòng 4, cột "Năm": chưa nhập');
    expect(historyIssueText({ sheet: 'aggregate', row: 1, column: null, severity: 'error', message: 'x' })).toBe('Trang "Tổng hợp", dòng 1: x');
    expect(historyIssueText({ sheet: 'plan', row: 2, column: 'Nguồn', severity: 'warning', message: 'y' })).toBe('Trang "Kế hoạch năm", dòng 2, cột "Nguồn": y');
    expect(historyIssueText({ sheet: 'aggregate', row: 0, column: null, severity: 'error', message: 'tệp trống' })).toBe('Tệp: tệp trống');
  });
});
