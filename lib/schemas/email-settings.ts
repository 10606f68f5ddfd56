import { EMAIL_PREFERENCES } from '@/lib/domain/mail';
import { z } from './z';

export const emailAddressSchema = z.object({
  email: z.string().trim().toLowerCase().max(200).email('Địa chỉ thư điện tử không hợp lệ'),
});

export const emailPreferenceSchema = z.object({
  preference: z.enum(EMAIL_PREFERENCES as [string, ...string[]], { message: 'Chọn cách nhận thư' }),
});

export const verifyEmailSchema = z.object({
  token: z.string().trim().min(20, 'Liên kết xác nhận không hợp lệ').max(200),
});

export type EmailAddressInput = z.infer<typeof emailAddressSchema>;
