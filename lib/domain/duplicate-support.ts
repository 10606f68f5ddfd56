// Duplicate-support check (Nghị định 235/2025: no other state funding for the same content). A
// facility is recognised by its MST across every facility row of the province with that tax code;
// "the same support" is the same content category, or the same equipment written differently
// (case, diacritics, spacing). Only đề án of this or earlier years that were not rejected or
// stopped count. The result is a warning for the appraisal, not a block: the council decides.
import { PROJECT_LIFECYCLE, PROJECT_UNFUNDED_STATES, type ProjectStatus } from './lifecycle/project';

/** "Máy  ÉP gạch Đỏ" → "may ep gach do": for comparisons, never for display. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SupportBeneficiary {
  taxCode: string;
  facilityName: string;
  equipment: string | null;
}

export interface SupportRecord {
  projectId: number;
  code: string;
  name: string;
  year: number;
  status: ProjectStatus;
  contentCategoryId: number;
  contentCode: string;
  beneficiaries: readonly SupportBeneficiary[];
}

export interface DuplicateWarning {
  taxCode: string;
  facilityName: string;
  reason: 'SAME_CONTENT' | 'SAME_EQUIPMENT';
  other: { projectId: number; code: string; name: string; year: number; status: ProjectStatus };
  message: string;
  /** Set when `other` is an imported đề án of the years before the portal (HistoricalProject id). */
  historical?: true;
}

/** Whether another đề án's support counts against this one. */
export function countsAsPriorSupport(current: { projectId: number; year: number }, other: { projectId: number; year: number; status: ProjectStatus }): boolean {
  return other.projectId !== current.projectId && other.year <= current.year && !PROJECT_UNFUNDED_STATES.includes(other.status);
}

export function findDuplicateSupport(current: SupportRecord, others: readonly SupportRecord[]): DuplicateWarning[] {
  const warnings: DuplicateWarning[] = [];
  for (const other of others) {
    if (!countsAsPriorSupport(current, other)) continue;
    for (const mine of current.beneficiaries) {
      const theirs = other.beneficiaries.find((b) => b.taxCode.trim() === mine.taxCode.trim());
      if (!theirs) continue;
      const sameContent = other.contentCategoryId === current.contentCategoryId;
      const equipment = mine.equipment ? normalizeForMatch(mine.equipment) : '';
      const sameEquipment = equipment !== '' && theirs.equipment !== null && normalizeForMatch(theirs.equipment) === equipment;
      if (!sameContent && !sameEquipment) continue;
      const what = sameContent ? `cùng nội dung ${other.contentCode}` : `cùng thiết bị "${theirs.equipment}"`;
      warnings.push({
        taxCode: mine.taxCode,
        facilityName: mine.facilityName,
        reason: sameContent ? 'SAME_CONTENT' : 'SAME_EQUIPMENT',
        other: { projectId: other.projectId, code: other.code, name: other.name, year: other.year, status: other.status },
        message:
          `Cơ sở ${mine.facilityName} (MST ${mine.taxCode}) đã được hỗ trợ ${what} trong đề án ${other.code} ` +
          `(năm ${other.year}, ${PROJECT_LIFECYCLE.statusLabels[other.status]}).`,
      });
    }
  }
  return warnings.sort((a, b) => a.other.year - b.other.year || a.other.code.localeCompare(b.other.code));
}
