import 'server-only';
import { formatVnd } from '@/lib/domain/money';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { ContractInput } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { contractDateProblems } from '@/lib/domain/date-rules';
import { assertDates, today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';
import { findWholeNumberParameter, TREASURY_CONTRACT_FILING_THRESHOLD } from '../norms/find-parameter';
import { assertWithinNorm, checkProjectNorm } from './check-project-norm';
import { findProjectDateContext } from './project-date-context';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from './load-project';
import { notifyProject } from './notify-project';
import { transition } from '../lifecycle/transition';

/**
 * Ký hợp đồng between the implementing unit (party A) and the beneficiary (party B). The support in
 * the contract stays within the approved support; a contract above the treasury's threshold
 * (Parameter TREASURY_CONTRACT_FILING_THRESHOLD_VND) must be filed with the Kho bạc.
 */
export async function signProjectContract(actor: Actor, input: ContractInput) {
  assertCan(actor, 'project:contract');
  return db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    const { approvedOn } = await findProjectDateContext(tx, project);
    assertDates(contractDateProblems(input, { approvedOn, today: today() }));
    const approved = project.approvedSupportVnd ?? 0n;
    // A đề án created by the plan decision carries the proposal's typed totals: no contract (and so
    // no advance) before its estimate exists and passes the spending norm, or an exception is recorded.
    if (project.costLines.length === 0) {
      throw new AppError('VALIDATION', `Đề án ${project.code} chưa có dự toán chi tiết: lập dự toán và kiểm tra định mức chi trước khi ký hợp đồng.`);
    }
    assertWithinNorm(await checkProjectNorm(tx, project, input.signedOn), project.normExceptionNote);
    if (approved > project.stateSupportVnd && !project.normExceptionNote) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `Hỗ trợ được duyệt ${formatVnd(approved)} cao hơn ngân sách hỗ trợ theo dự toán đã kiểm tra định mức ${formatVnd(project.stateSupportVnd)}; điều chỉnh mức hỗ trợ trước khi ký hợp đồng.`,
      );
    }
    if (input.supportVnd > approved) {
      throw new AppError('LIMIT_EXCEEDED', `Kinh phí hỗ trợ trong hợp đồng ${formatVnd(input.supportVnd)} vượt mức được phê duyệt ${formatVnd(approved)}.`, {
        supportVnd: `Tối đa ${formatVnd(approved)}`,
      });
    }
    const facilityId = input.facilityId ?? (project.beneficiaries.length === 1 ? project.beneficiaries[0]!.facilityId : null);
    if (facilityId !== null && !project.beneficiaries.some((b) => b.facilityId === facilityId)) {
      throw new AppError('VALIDATION', 'Bên B phải là cơ sở thụ hưởng của đề án.', { facilityId: 'Chọn cơ sở thụ hưởng' });
    }
    const threshold = await findWholeNumberParameter(tx, TREASURY_CONTRACT_FILING_THRESHOLD, project.provinceId, input.signedOn);
    // No configured threshold: file every contract rather than risk one the treasury will refuse.
    const thresholdVnd = threshold?.value ?? 0n;
    if (input.valueVnd > thresholdVnd && !input.filedWithTreasury) {
      throw new AppError(
        'VALIDATION',
        `Hợp đồng giá trị ${formatVnd(input.valueVnd)} trên ${formatVnd(thresholdVnd)} phải gửi Kho bạc Nhà nước${threshold?.legalBasis ? ` (${threshold.legalBasis})` : ''}. Xác nhận đã gửi Kho bạc.`,
        { filedWithTreasury: 'Bắt buộc gửi Kho bạc' },
      );
    }
    const contract = await tx.contract.create({
      data: {
        projectId: project.id,
        number: input.number,
        signedOn: input.signedOn,
        partyAOrgId: project.implementingOrgId,
        facilityId,
        partyBName: input.partyBName,
        valueVnd: input.valueVnd,
        supportVnd: input.supportVnd,
        startDate: input.startDate,
        endDate: input.endDate,
        filedWithTreasury: input.filedWithTreasury,
      },
    });
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, 'signContract', {
      data: { contractId: contract.id, number: input.number, valueVnd: input.valueVnd.toString(), supportVnd: input.supportVnd.toString() },
    });
    await notifyProject(tx, project, ['beneficiaries', 'xa'], { title: `Đề án ${project.code}: đã ký hợp đồng ${input.number}` });
    return { status: to, contractId: contract.id };
  });
}
