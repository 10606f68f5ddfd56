'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { closeRegistration } from '@/lib/server/plans/close-registration';
import { createPlan } from '@/lib/server/plans/create-plan';
import { reopenRegistration } from '@/lib/server/plans/reopen-registration';
import { sendDeadlineReminders } from '@/lib/server/plans/send-deadline-reminders';
import { reopenRoundSchema, yearSchema } from '@/lib/schemas/plan';

export const createPlanAction = action(yearSchema, async ({ year }, actor) => {
  const plan = await createPlan(actor, year);
  revalidatePath('/ke-hoach', 'layout');
  return { href: `/ke-hoach/${year}/don-vi/${plan.id}` };
});

export const sendRemindersAction = action(yearSchema, async ({ year }, actor) => {
  const sent = await sendDeadlineReminders(actor, year);
  return { message: sent.organizations ? `Đã nhắc ${sent.organizations} đơn vị (${sent.people} người).` : 'Mọi đơn vị đã gửi kế hoạch.' };
});

export const closeRegistrationAction = action(yearSchema, async ({ year }, actor) => {
  await closeRegistration(actor, year);
  revalidatePath('/ke-hoach', 'layout');
});

export const reopenRegistrationAction = action(reopenRoundSchema, async (input, actor) => {
  await reopenRegistration(actor, input);
  revalidatePath('/ke-hoach', 'layout');
});
