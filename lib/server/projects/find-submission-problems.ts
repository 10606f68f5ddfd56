import 'server-only';
import { DOCUMENT_SERVED_STATES } from '@/lib/domain/lifecycle/document';
import { missingDocumentsMessage, parseChecklist } from '@/lib/domain/project-documents';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';
import { projectPeriodProblems } from '@/lib/domain/date-rules';
import { findRulesDate } from './project-date-context';
import { checkProjectNorm, type NormSubject } from './check-project-norm';

export interface SubmissionSubject extends NormSubject {
  id: number;
  year: number;
  approvalDecisionId: number | null;
  isGroup: boolean;
  adminUnitId: number | null;
  startDate: Date | null;
  endDate: Date | null;
  normExceptionNote: string | null;
  contentCategory: { dossierChecklist: unknown };
}

export interface SubmissionProblems {
  /** Everything that stops the đề án from being sent, each naming what to fix. */
  problems: string[];
  /** The norm violations among them (quoted from the norm), unless an exception was recorded. */
  normViolations: string[];
}

/** What still stands between a draft đề án and its registration (shown on the page, enforced on submit). */
export async function findSubmissionProblems(client: Db | Tx, project: SubmissionSubject, on?: Date): Promise<SubmissionProblems> {
  const problems: string[] = [];
  if (project.beneficiaries.length === 0) problems.push('Chưa chọn cơ sở thụ hưởng.');
  else if (project.isGroup && project.beneficiaries.length < 2) problems.push('Đề án nhóm cần ít nhất hai cơ sở thụ hưởng.');
  if (project.adminUnitId === null) problems.push('Chưa chọn xã/phường/đặc khu thực hiện.');
  if (!project.startDate || !project.endDate) problems.push('Chưa nhập thời gian thực hiện (ngày bắt đầu, ngày kết thúc).');
  problems.push(...Object.values(projectPeriodProblems(project)).map((m) => `${m}.`));
  if (project.costLines.length === 0) problems.push('Chưa lập dự toán chi tiết.');
  else if (project.costLines.every((l) => l.stateSupportVnd === 0n)) problems.push('Dự toán chưa có dòng nào đề nghị ngân sách hỗ trợ.');

  const { check } = await checkProjectNorm(client, project, on ?? (await findRulesDate(client, project)));
  const normViolations = check && !project.normExceptionNote ? check.violations.map((v) => `${v.message}.`) : [];
  problems.push(...normViolations);

  const documents = await client.document.findMany({ where: { projectId: project.id, acceptanceId: null, review: { in: [...DOCUMENT_SERVED_STATES] } }, select: { kind: true } });
  const missing = missingDocumentsMessage(parseChecklist(project.contentCategory.dossierChecklist), documents.map((d) => d.kind), 'hồ sơ đề án');
  if (missing) problems.push(missing);
  return { problems, normViolations };
}

export function assertNoSubmissionProblems(result: SubmissionProblems): void {
  if (result.problems.length === 0) return;
  const onlyNorm = result.problems.length === result.normViolations.length;
  throw new AppError(onlyNorm ? 'LIMIT_EXCEEDED' : 'VALIDATION', `Chưa thể gửi đăng ký: ${result.problems.join(' ')}`);
}
