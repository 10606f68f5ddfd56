// Kết quả thực hiện: what a đề án delivered, in the unit its programme target counts (docs/decisions/0038).
// A training đề án records classes held with their participants, a fair đề án the booths supported,
// a brand đề án the marks filed. Progress of a target whose unit is one of these quantities sums the
// recorded outputs; other targets keep counting the đề án's own targetQuantity.
import type { ProjectOutputKind, ProjectStatus } from '@/prisma/generated/client/enums';
import { can } from './permissions';
import type { Actor } from './roles';
import { countCell, isEmptyCell, textCell } from './history-cells';
import type { SheetCell } from './programme-import';

export type { ProjectOutputKind };

export const OUTPUT_KIND_LABELS: Record<ProjectOutputKind, string> = {
  TRAINING_CLASS: 'Lớp đào tạo, tập huấn',
  FAIR_BOOTHS: 'Gian hàng hội chợ, triển lãm',
  BRAND_FILING: 'Nhãn hiệu nộp đơn đăng ký',
};

/** What the quantity of an output of each kind counts, for the form and the list. */
export const OUTPUT_QUANTITY_LABELS: Record<ProjectOutputKind, string> = {
  TRAINING_CLASS: 'Số lớp',
  FAIR_BOOTHS: 'Số gian hàng được hỗ trợ',
  BRAND_FILING: 'Số nhãn hiệu đã nộp đơn',
};

export const OUTPUT_KINDS = Object.keys(OUTPUT_KIND_LABELS) as ProjectOutputKind[];

/** Outputs are recorded once the đề án runs, until its contract is liquidated (the record is then closed). */
export const PROJECT_OUTPUT_STATES: readonly ProjectStatus[] = ['CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED'];

/** Whether the actor may record outputs on a đề án in this state (the page asks; the use case enforces). */
export function canRecordOutputs(actor: Pick<Actor, 'role'>, status: ProjectStatus): boolean {
  return can(actor, 'output:record') && PROJECT_OUTPUT_STATES.includes(status);
}

/** Which recorded quantity a target's unit (ĐVT) counts. */
export type OutputMeasure = 'PARTICIPANTS' | 'CLASSES' | 'BOOTHS' | 'MARKS';

const MEASURE_BY_UNIT: Record<string, OutputMeasure> = {
  Người: 'PARTICIPANTS',
  'Học viên': 'PARTICIPANTS',
  Lớp: 'CLASSES',
  Khóa: 'CLASSES',
  'Gian hàng': 'BOOTHS',
  'Nhãn hiệu': 'MARKS',
};

/**
 * The measure for a target's unit (as canonicalUnit spells it), or null when the target counts
 * đề án quantities (cơ sở, mô hình …) rather than recorded outputs.
 */
export function outputMeasureForUnit(unit: string | null | undefined): OutputMeasure | null {
  if (!unit) return null;
  return MEASURE_BY_UNIT[unit.normalize('NFC').trim()] ?? null;
}

export interface OutputFigures {
  kind: ProjectOutputKind;
  quantity: number;
  participants: number;
}

/** The kind the form proposes: from the target's unit, else from the content (KC01 training, KC04.3 fairs, KC04.4 brands). */
export function defaultOutputKind(unit: string | null | undefined, contentCode: string): ProjectOutputKind {
  const measure = outputMeasureForUnit(unit);
  if (measure === 'BOOTHS' || contentCode.startsWith('KC04.2') || contentCode.startsWith('KC04.3')) return 'FAIR_BOOTHS';
  if (measure === 'MARKS' || contentCode.startsWith('KC04.4')) return 'BRAND_FILING';
  return 'TRAINING_CLASS';
}

/** How much one output adds to a measure (a class counts 1 class and its participants). */
export function outputContribution(measure: OutputMeasure, output: OutputFigures): number {
  switch (measure) {
    case 'PARTICIPANTS':
      return output.kind === 'TRAINING_CLASS' ? output.participants : 0;
    case 'CLASSES':
      return output.kind === 'TRAINING_CLASS' ? output.quantity : 0;
    case 'BOOTHS':
      return output.kind === 'FAIR_BOOTHS' ? output.quantity : 0;
    case 'MARKS':
      return output.kind === 'BRAND_FILING' ? output.quantity : 0;
  }
}

// ───────── Participant list (Excel) ─────────

/** The template's columns, in order; the reader finds them by header text. */
export const PARTICIPANT_COLUMNS = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Cơ sở, đơn vị công tác', 'Điện thoại'] as const;
export const PARTICIPANT_REQUIRED_COLUMNS: readonly string[] = ['Họ và tên'];
export const PARTICIPANT_SHEET_NAME = 'Danh sách học viên';
export const MAX_PARTICIPANTS = 2_000;

export interface RawParticipantRow {
  row: number;
  /** Cells in PARTICIPANT_COLUMNS order; null for a column the sheet does not have. */
  cells: SheetCell[];
}

export interface ParticipantInput {
  rowNo: number;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  workplace: string | null;
  phone: string | null;
}

export interface ParticipantIssue {
  row: number;
  column: string;
  message: string;
}

/** "Dòng 7, cột Năm sinh: …" — how every problem of the file is told. */
export function participantIssueText(issue: ParticipantIssue): string {
  return `Dòng ${issue.row}, cột "${issue.column}": ${issue.message}`;
}

const GENDERS: Record<string, string> = { nam: 'Nam', nu: 'Nữ', 'nữ': 'Nữ' };

/**
 * Checks every row of a participant list. The import is all-or-nothing: any issue means nothing is
 * written, and each issue names its row and column. Empty rows are skipped.
 */
export function parseParticipantRows(rows: readonly RawParticipantRow[], currentYear: number): { participants: ParticipantInput[]; issues: ParticipantIssue[] } {
  const participants: ParticipantInput[] = [];
  const issues: ParticipantIssue[] = [];
  for (const { row, cells } of rows) {
    const [, name, birth, gender, workplace, phone] = cells;
    if (cells.every((c) => c === null || isEmptyCell(c))) continue;
    const problem = (column: string, message: string) => issues.push({ row, column, message });
    const fullName = textCell(name ?? null);
    if (!fullName) problem('Họ và tên', 'chưa nhập họ và tên');
    else if (fullName.length > 200) problem('Họ và tên', 'tối đa 200 ký tự');
    const year = countCell(birth ?? null, null);
    let birthYear: number | null = null;
    if (!year.ok) problem('Năm sinh', `năm sinh ${year.message}`);
    else if (year.value !== null && (year.value < currentYear - 100 || year.value > currentYear - 14)) {
      problem('Năm sinh', `năm ${year.value} không hợp lệ (học viên từ 14 tuổi, năm sinh từ ${currentYear - 100} đến ${currentYear - 14})`);
    } else birthYear = year.value;
    const genderText = textCell(gender ?? null);
    let genderValue: string | null = null;
    if (genderText) {
      genderValue = GENDERS[genderText.normalize('NFC').toLowerCase()] ?? GENDERS[genderText.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()] ?? null;
      if (!genderValue) problem('Giới tính', `"${genderText}" phải là Nam hoặc Nữ`);
    }
    const workplaceText = textCell(workplace ?? null);
    if (workplaceText.length > 300) problem('Cơ sở, đơn vị công tác', 'tối đa 300 ký tự');
    const phoneText = textCell(phone ?? null).replace(/[\s.]/g, '');
    if (phoneText && !/^\+?\d{8,15}$/.test(phoneText)) problem('Điện thoại', `"${textCell(phone ?? null)}" không phải số điện thoại`);
    participants.push({ rowNo: row, fullName, birthYear, gender: genderValue, workplace: workplaceText || null, phone: phoneText || null });
  }
  if (participants.length === 0 && issues.length === 0) issues.push({ row: 2, column: 'Họ và tên', message: 'danh sách chưa có học viên nào' });
  if (participants.length > MAX_PARTICIPANTS) issues.push({ row: rows.at(-1)?.row ?? 2, column: 'Họ và tên', message: `danh sách quá ${MAX_PARTICIPANTS} học viên; hãy chia thành nhiều lớp` });
  return { participants, issues };
}
