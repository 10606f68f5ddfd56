'use server';

import { revalidatePath } from 'next/cache';
import { formatVnd } from '@/lib/domain/money';
import { litigationSchema, repaymentScheduleSchema, repaymentSchema } from '@/lib/schemas/repayment';
import { action } from '@/lib/server/action';
import { markLitigation } from '@/lib/server/repayments/mark-litigation';
import { recordRepayment } from '@/lib/server/repayments/record-repayment';
import { saveRepaymentSchedule } from '@/lib/server/repayments/save-repayment-schedule';

const refresh = () => {
  revalidatePath('/de-an/[id]', 'layout');
  revalidatePath('/thu-hoi');
};

export const saveScheduleAction = action(repaymentScheduleSchema, async (input, actor) => {
  await saveRepaymentSchedule(actor, input);
  refresh();
  return { message: `Đã lập lịch hoàn trả ${input.count} kỳ, tổng ${formatVnd(input.principalVnd)}.` };
});

export const recordRepaymentAction = action(repaymentSchema, async (input, actor) => {
  await recordRepayment(actor, input);
  refresh();
  return { message: `Đã ghi nhận hoàn trả ${formatVnd(input.amountVnd)}.` };
});

export const litigationAction = action(litigationSchema, async (input, actor) => {
  await markLitigation(actor, input);
  refresh();
  return { message: `Đã chuyển khởi kiện (hồ sơ ${input.courtFileRef}).` };
});
