// Drill-down links: every figure of a report opens the records behind it — the đề án list with the
// same filters (live), and the history page with the same filters (imported rows).
import type { ReportQuery } from '@/lib/schemas/report';

export type DrillDimension = 'total' | 'source' | 'area' | 'xa' | 'contentGroup' | 'content' | 'year' | 'province';

/** The report's filters narrowed by one breakdown row; null when the row cannot be expressed as a filter. */
export function narrowQuery(query: ReportQuery, dimension: DrillDimension, key: string | null): ReportQuery | null {
  if (dimension === 'total') return query;
  if (key === null) return null;
  switch (dimension) {
    case 'source':
      return { ...query, source: key as ReportQuery['source'] };
    case 'area':
      return { ...query, area: key };
    case 'xa':
      return { ...query, xa: Number(key) };
    case 'contentGroup':
    case 'content':
      return { ...query, content: Number(key) };
    case 'province':
      return { ...query, province: Number(key) };
    case 'year': {
      const [from, to] = key.split('-').map(Number);
      return { ...query, yearFrom: from, yearTo: to };
    }
  }
}

function params(query: ReportQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['yearFrom', 'yearTo', 'source', 'area', 'xa', 'content', 'province'] as const) {
    const value = query[key];
    if (value !== undefined && value !== null && value !== '') p.set(key, String(value));
  }
  return p;
}

/** The live đề án a figure counts: the đề án list, only the states reports count. */
export function projectsLink(query: ReportQuery): string {
  const p = params(query);
  p.set('counted', '1');
  return `/de-an?${p.toString()}`;
}

/** The imported history rows a figure counts. */
export function historyLink(query: ReportQuery): string {
  const s = params(query).toString();
  return `/bao-cao/lich-su${s ? `?${s}` : ''}`;
}

export function reportLink(query: ReportQuery, path = '/bao-cao'): string {
  const s = params(query).toString();
  return `${path}${s ? `?${s}` : ''}`;
}

/** One official Excel table with the report's filters. */
export function exportLink(query: ReportQuery, layout: string): string {
  const p = params(query);
  p.set('mau', layout);
  return `/bao-cao/xuat-excel?${p.toString()}`;
}
