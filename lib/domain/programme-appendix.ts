// The appendix of a khuyến công programme (seed 001 "PHỤ LỤC"): content groups I–VI, one row per
// target with its unit (ĐVT), one value per year and the total as written. Shared by the demo seed
// and the Excel import/export so both read and write the same shape.

/** One appendix row. `values[i]` is the quantity for `ProgrammeAppendix.years[i]`; null = cell left empty. */
export interface AppendixItem {
  /** "1", "2" … as numbered in the appendix. */
  itemNo: string;
  name: string;
  /** ĐVT; null when the cell is empty. */
  unit: string | null;
  values: (number | null)[];
  /** "Tổng nội dung" as written: it may differ from the sum of the years and must not be corrected. */
  statedTotal: number | null;
}

/** A content group (I … VI). */
export interface AppendixGroup {
  code: string;
  name: string;
  items: AppendixItem[];
}

export interface ProgrammeAppendix {
  /** Column years, in order (e.g. 2026 … 2030). */
  years: number[];
  groups: AppendixGroup[];
}
