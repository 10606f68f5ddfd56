// Shared by server pages and the client editor: keep this module free of 'use client'.
export interface CostLineValues {
  item: string;
  unit: string;
  quantity: string;
  unitPriceVnd: string;
  stateSupportVnd: string;
  counterpartVnd: string;
  otherVnd: string;
  facilityId: string;
}

export const EMPTY_LINE: CostLineValues = { item: '', unit: '', quantity: '1', unitPriceVnd: '', stateSupportVnd: '', counterpartVnd: '', otherVnd: '', facilityId: '' };

/** Stored cost lines as the editor shows them ("1.5" → "1,5"; money as plain digits). */
export function costLineValues(
  lines: { item: string; unit: string; quantity: { toString(): string }; unitPriceVnd: bigint; stateSupportVnd: bigint; counterpartVnd: bigint; otherVnd: bigint; facilityId: number | null }[],
): CostLineValues[] {
  if (lines.length === 0) return [{ ...EMPTY_LINE }];
  return lines.map((l) => ({
    item: l.item,
    unit: l.unit,
    quantity: String(Number(l.quantity.toString())).replace('.', ','),
    unitPriceVnd: l.unitPriceVnd.toString(),
    stateSupportVnd: l.stateSupportVnd.toString(),
    counterpartVnd: l.counterpartVnd.toString(),
    otherVnd: l.otherVnd.toString(),
    facilityId: l.facilityId ? String(l.facilityId) : '',
  }));
}
