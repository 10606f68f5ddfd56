// Drill-down links of the summary report: a figure opens the đề án list or the history page with
// the report's filters narrowed by its row, so the records behind a figure add up to the figure.
import { describe, expect, it } from 'vitest';
import type { ReportQuery } from '@/lib/schemas/report';
import { exportLink, historyLink, narrowQuery, projectsLink, reportLink } from './reports-links';

const base: ReportQuery = { yearFrom: 2024, yearTo: 2026 };

describe('narrowQuery', () => {
  it('keeps the report’s filters for the total row', () => {
    expect(narrowQuery(base, 'total', null)).toBe(base);
    expect(narrowQuery(base, 'total', 'KCQG')).toBe(base);
  });

  it('gives no link for a row without a key (e.g. “chưa xác định”)', () => {
    for (const d of ['source', 'area', 'xa', 'contentGroup', 'content', 'year', 'province'] as const) expect(narrowQuery(base, d, null)).toBeNull();
  });

  it('narrows by each breakdown, keeping the other filters', () => {
    expect(narrowQuery(base, 'source', 'KCQG')).toEqual({ yearFrom: 2024, yearTo: 2026, source: 'KCQG' });
    expect(narrowQuery(base, 'area', 'Miền núi')).toEqual({ yearFrom: 2024, yearTo: 2026, area: 'Miền núi' });
    expect(narrowQuery(base, 'xa', '12')).toEqual({ yearFrom: 2024, yearTo: 2026, xa: 12 });
    expect(narrowQuery(base, 'content', '5')).toEqual({ yearFrom: 2024, yearTo: 2026, content: 5 });
    expect(narrowQuery(base, 'contentGroup', '3')).toEqual({ yearFrom: 2024, yearTo: 2026, content: 3 });
    expect(narrowQuery(base, 'province', '7')).toEqual({ yearFrom: 2024, yearTo: 2026, province: 7 });
  });

  it('narrows a year row to its year range', () => {
    expect(narrowQuery(base, 'year', '2025-2025')).toEqual({ yearFrom: 2025, yearTo: 2025 });
    expect(narrowQuery({ source: 'KCDP' }, 'year', '2021-2023')).toEqual({ source: 'KCDP', yearFrom: 2021, yearTo: 2023 });
  });

  it('does not change the report’s own query', () => {
    const q: ReportQuery = { yearFrom: 2024 };
    narrowQuery(q, 'xa', '3');
    expect(q).toEqual({ yearFrom: 2024 });
  });
});

describe('links', () => {
  const full: ReportQuery = { yearFrom: 2024, yearTo: 2026, source: 'KCDP', area: 'Đồng bằng', xa: 4, content: 5, province: 6 };

  it('opens the đề án list with the filters, counted states only', () => {
    expect(projectsLink(full)).toBe('/de-an?yearFrom=2024&yearTo=2026&source=KCDP&area=%C4%90%E1%BB%93ng+b%E1%BA%B1ng&xa=4&content=5&province=6&counted=1');
    expect(projectsLink({})).toBe('/de-an?counted=1');
  });

  it('leaves out empty filters', () => {
    expect(projectsLink({ yearFrom: 2025, area: '', xa: undefined })).toBe('/de-an?yearFrom=2025&counted=1');
    expect(projectsLink({ xa: null } as unknown as ReportQuery)).toBe('/de-an?counted=1');
  });

  it('opens the history page, with no question mark when unfiltered', () => {
    expect(historyLink({})).toBe('/bao-cao/lich-su');
    expect(historyLink({ yearTo: 2020, content: 2 })).toBe('/bao-cao/lich-su?yearTo=2020&content=2');
  });

  it('links the report itself, or another page given', () => {
    expect(reportLink({})).toBe('/bao-cao');
    expect(reportLink({ province: 6 })).toBe('/bao-cao?province=6');
    expect(reportLink({}, '/bao-cao/khac')).toBe('/bao-cao/khac');
    expect(reportLink({ source: 'KCQG' }, '/bao-cao/khac')).toBe('/bao-cao/khac?source=KCQG');
  });

  it('exports the chosen official table with the filters', () => {
    expect(exportLink({ yearFrom: 2025 }, 'bieu-1')).toBe('/bao-cao/xuat-excel?yearFrom=2025&mau=bieu-1');
    expect(exportLink({}, 'bieu-2')).toBe('/bao-cao/xuat-excel?mau=bieu-2');
  });
});
