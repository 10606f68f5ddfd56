'use server';

import { revalidatePath } from 'next/cache';
import type { EmailPreference } from '@/prisma/generated/client/enums';
import { action } from '@/lib/server/action';
import { setEmailAddress } from '@/lib/server/mail/set-email-address';
import { setEmailPreference } from '@/lib/server/mail/set-email-preference';
import { verifyEmailAddress } from '@/lib/server/mail/verify-email-address';
import { emailAddressSchema, emailPreferenceSchema, verifyEmailSchema } from '@/lib/schemas/email-settings';

export const setEmailAddressAction = action(emailAddressSchema, async (input, actor) => {
  const result = await setEmailAddress(actor, input);
  revalidatePath('/tai-khoan');
  return {
    message: result.alreadyVerified
      ? 'Địa chỉ này đã được xác nhận.'
      : `Đã gửi thư xác nhận đến ${input.email}. Mở liên kết trong thư (hiệu lực 48 giờ) để bắt đầu nhận thư thông báo.`,
  };
});

export const setEmailPreferenceAction = action(emailPreferenceSchema, async (input, actor) => {
  await setEmailPreference(actor, input.preference as EmailPreference);
  revalidatePath('/tai-khoan');
  return { message: 'Đã lưu cách nhận thư.' };
});

export const verifyEmailAction = action(verifyEmailSchema, async (input, actor) => {
  const { email } = await verifyEmailAddress(actor, input.token);
  revalidatePath('/tai-khoan');
  return { message: `Đã xác nhận địa chỉ ${email}.`, href: '/tai-khoan?da-xac-nhan=1' };
});
