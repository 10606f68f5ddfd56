// The acceptance dossier as its page shows it: one card per kind of the content's acceptance
// checklist (plus any other documents), how far it is (the progress bar) and what to do next (the
// banner at the top). Pure: the page and the use cases give it the round's status and documents.
import { documentKindLabel } from './documents';
import type { AcceptanceStatus } from './lifecycle/acceptance';
import { DOCUMENT_RETIRED_STATES, type DocumentReview } from './lifecycle/document';

export interface DossierDocument {
  id: number;
  kind: string;
  review: DocumentReview;
  uploadedAt: Date;
}

export interface DossierItem<D extends DossierDocument> {
  kind: string;
  label: string;
  required: boolean;
  /** The versions in the serving path (normally one), oldest first. */
  current: D[];
  /** Earlier versions and withdrawn files, kept for the record, newest first. */
  history: D[];
  /** A served document that the Trung tâm did not send back. */
  present: boolean;
  needsReplacement: boolean;
}

export function dossierItems<D extends DossierDocument>(required: readonly string[], documents: readonly D[]): DossierItem<D>[] {
  const kinds = [...required, ...[...new Set(documents.map((d) => d.kind))].filter((k) => !required.includes(k))];
  return kinds.map((kind) => {
    const own = documents.filter((d) => d.kind === kind);
    const current = own.filter((d) => !DOCUMENT_RETIRED_STATES.includes(d.review)).sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime());
    const history = own.filter((d) => DOCUMENT_RETIRED_STATES.includes(d.review)).sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime());
    const needsReplacement = current.some((d) => d.review === 'REPLACEMENT_REQUESTED');
    return {
      kind,
      label: documentKindLabel(kind),
      required: required.includes(kind),
      current,
      history,
      present: current.some((d) => d.review !== 'REPLACEMENT_REQUESTED'),
      needsReplacement,
    };
  });
}

/** How many checklist items are in: the value of the progress bar (0–100) and its words. */
export function dossierProgress(items: readonly DossierItem<DossierDocument>[]): { done: number; total: number; percent: number; text: string } {
  const required = items.filter((i) => i.required);
  const done = required.filter((i) => i.present && !i.needsReplacement).length;
  const total = required.length;
  const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
  return { done, total, percent, text: `Đã có ${done}/${total} tài liệu` };
}

/** Why the dossier cannot be handed in yet; null when it can. */
export function handInProblem(items: readonly DossierItem<DossierDocument>[]): string | null {
  const missing = items.filter((i) => i.required && !i.present);
  const toReplace = items.filter((i) => i.needsReplacement);
  if (toReplace.length) return `Còn ${toReplace.length} tài liệu cần thay thế: ${toReplace.map((i) => i.label).join('; ')}.`;
  if (missing.length) return `Còn thiếu ${missing.length} tài liệu: ${missing.map((i) => i.label).join('; ')}.`;
  if (!items.some((i) => i.current.some((d) => d.review === 'UPLOADED'))) return 'Không có tài liệu mới nào để nộp.';
  return null;
}

export type NextActionTone = 'info' | 'warning' | 'success' | 'danger';

/** The banner at the top of the page: the one thing the reader should do now. */
export function dossierNextAction(
  status: AcceptanceStatus,
  items: readonly DossierItem<DossierDocument>[],
  reader: 'beneficiary' | 'staff' | 'other',
): { tone: NextActionTone; text: string } {
  const toReview = items.reduce((n, i) => n + i.current.filter((d) => d.review === 'HANDED_IN').length, 0);
  const toReplace = items.filter((i) => i.needsReplacement).length;
  const problem = handInProblem(items);
  switch (status) {
    case 'SCHEDULED':
    case 'REPLACEMENT_REQUESTED':
      if (reader !== 'beneficiary') {
        return status === 'SCHEDULED'
          ? { tone: 'info', text: 'Cơ sở đang chuẩn bị hồ sơ nghiệm thu.' }
          : { tone: 'info', text: 'Đang chờ cơ sở thay thế tài liệu theo yêu cầu.' };
      }
      if (toReplace) return { tone: 'warning', text: `Việc cần làm: thay thế ${toReplace} tài liệu theo yêu cầu của Trung tâm (xem nhận xét bên dưới), rồi bấm "Nộp hồ sơ".` };
      if (problem) return { tone: 'warning', text: `Việc cần làm: tải lên tài liệu còn thiếu. ${problem}` };
      return { tone: 'info', text: 'Việc cần làm: hồ sơ đã đủ, bấm "Nộp hồ sơ" để gửi Trung tâm Khuyến công.' };
    case 'DOSSIER_SUBMITTED':
      return reader === 'staff'
        ? { tone: 'warning', text: `Việc cần làm: xem xét ${toReview} tài liệu — chấp nhận hoặc yêu cầu thay thế.` }
        : { tone: 'info', text: 'Đã nộp hồ sơ. Đang chờ Trung tâm Khuyến công xem xét.' };
    case 'DOSSIER_ACCEPTED':
      return reader === 'staff'
        ? { tone: 'success', text: 'Hồ sơ đã được chấp nhận: tổ chức nghiệm thu và ghi kết quả trên trang đề án.' }
        : { tone: 'success', text: 'Hồ sơ nghiệm thu đã được chấp nhận. Trung tâm sẽ báo lịch hội đồng nghiệm thu.' };
    case 'PASSED':
      return { tone: 'success', text: 'Đề án đã nghiệm thu đạt.' };
    case 'FAILED':
      return { tone: 'danger', text: 'Nghiệm thu chưa đạt: xem nhận xét của hội đồng trên trang đề án.' };
  }
}
