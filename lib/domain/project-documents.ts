// Dossier and acceptance checklists: ContentCategory.dossierChecklist / acceptanceChecklist are JSON
// arrays of document-kind codes (lib/domain/documents.ts). What is missing is said by name.
import { documentKindLabel } from './documents';

/** The codes of a checklist column; anything that is not a list of strings counts as "no checklist". */
export function parseChecklist(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
}

export interface ChecklistItem {
  kind: string;
  label: string;
  present: boolean;
}

export function checklistStatus(required: readonly string[], presentKinds: Iterable<string>): ChecklistItem[] {
  const present = new Set(presentKinds);
  return required.map((kind) => ({ kind, label: documentKindLabel(kind), present: present.has(kind) }));
}

export function missingKinds(required: readonly string[], presentKinds: Iterable<string>): string[] {
  return checklistStatus(required, presentKinds)
    .filter((i) => !i.present)
    .map((i) => i.kind);
}

/** "Còn thiếu tài liệu: Thuyết minh đề án; Báo giá …" or null when nothing is missing. */
export function missingDocumentsMessage(required: readonly string[], presentKinds: Iterable<string>, what = 'hồ sơ'): string | null {
  const missing = missingKinds(required, presentKinds);
  if (missing.length === 0) return null;
  return `Còn thiếu tài liệu trong ${what}: ${missing.map(documentKindLabel).join('; ')}.`;
}

/** The badge of a checklist: "Đủ hồ sơ (7/7)" or "Còn thiếu 3 trên 7 tài liệu". */
export function checklistSummary(items: readonly ChecklistItem[]): { complete: boolean; text: string } {
  const missing = items.filter((i) => !i.present).length;
  return missing === 0
    ? { complete: true, text: `Đủ hồ sơ (${items.length}/${items.length})` }
    : { complete: false, text: `Còn thiếu ${missing} trên ${items.length} tài liệu` };
}
