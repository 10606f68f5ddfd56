import type { TargetsEditValues } from '@/lib/schemas/programme';

interface StoredGroup {
  code: string;
  name: string;
  items: { id?: number; itemNo: string; name: string; unit: string | null; values: (number | null)[]; statedTotal: number | null }[];
}

const text = (v: number | null) => (v === null ? '' : String(v));

/** The stored appendix as the editor form holds it: text cells, "" for not planned, ids kept. */
export function toFormGroups(groups: StoredGroup[]): TargetsEditValues['groups'] {
  return groups.map((g) => ({
    code: g.code,
    name: g.name,
    items: g.items.map((i) => ({
      id: i.id,
      itemNo: i.itemNo,
      name: i.name,
      unit: i.unit ?? '',
      values: i.values.map(text),
      statedTotal: text(i.statedTotal),
    })),
  }));
}
