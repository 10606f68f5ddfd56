import 'server-only';
import { formatVnd } from '@/lib/domain/money';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import type { Actor } from '@/lib/domain/roles';
import type { LiquidationInput } from '@/lib/schemas/settlement';
import { assertCan } from '../authz';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { findMoneyPosition } from '../payments/find-money-position';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { assertStatusUnchanged, getProjectForWriteOrThrow } from '../projects/load-project';
import { notifyProject } from '../projects/notify-project';
import { transition } from '../lifecycle/transition';

/**
 * Thanh lý hợp đồng: the minutes freeze, from the money position, the accepted value, what the Kho
 * bạc paid, what is still due to the beneficiary and what it must refund; the liquidation decision
 * goes to the register. The đề án moves ACCEPTED → LIQUIDATED under the payment lock, so no request
 * slips in between the figures and the minutes.
 */
export async function liquidateContract(actor: Actor, input: LiquidationInput) {
  assertCan(actor, 'settlement:manage');
  return db.$transaction(async (tx) => {
    await lockProjectForPayment(tx, input.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertStatusUnchanged(project, input.expectedStatus);
    const position = await findMoneyPosition(tx, project.id);
    if (position.sentVnd > 0n) {
      throw new AppError('VALIDATION', `Còn ${formatVnd(position.sentVnd)} đang chờ Kho bạc kiểm soát chi; chờ Kho bạc xử lý trước khi thanh lý hợp đồng.`);
    }
    if (position.acceptedValueVnd === null) throw new AppError('VALIDATION', 'Đề án chưa có kết quả nghiệm thu đạt nên chưa thể thanh lý hợp đồng.');
    const decisionId = input.decision ? (await recordDecision(tx, actor, project.provinceId, 'LIQUIDATION', input.decision)).id : null;
    const liquidation = await tx.liquidation.create({
      data: {
        projectId: project.id,
        minutesNumber: input.minutesNumber,
        signedOn: input.signedOn,
        acceptedValueVnd: position.acceptedValueVnd,
        paidVnd: position.disbursedVnd - position.refundedVnd,
        dueVnd: position.owedVnd,
        toRefundVnd: position.toRefundVnd,
        signatoryA: input.signatoryA,
        signatoryB: input.signatoryB,
        decisionId,
        recordedById: actor.id,
      },
    });
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, 'liquidate', {
      data: { liquidationId: liquidation.id, minutesNumber: input.minutesNumber, dueVnd: position.owedVnd.toString(), toRefundVnd: position.toRefundVnd.toString(), decisionId },
    });
    const tail = position.toRefundVnd > 0n ? ` Cơ sở phải nộp trả ${formatVnd(position.toRefundVnd)}.` : position.owedVnd > 0n ? ` Còn được thanh toán ${formatVnd(position.owedVnd)}.` : '';
    await notifyProject(tx, project, ['beneficiaries', 'xa'], { title: `Đề án ${project.code}: đã thanh lý hợp đồng (biên bản ${input.minutesNumber})`, body: tail.trim() || undefined });
    return { status: to, liquidationId: liquidation.id };
  });
}
