import { z } from './z';
import { ALL_ROLES } from '@/lib/domain/roles';

const optionalId = z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : Number(v)), z.number().int().positive().optional());

// Length only here (shared with the browser); the server also refuses the username and common or
// easily guessed passwords (lib/server/account/password-policy.ts). No character-class rules (ASVS 2.1.9).
export const passwordSchema = z.string().min(12, 'Mật khẩu tối thiểu 12 ký tự').max(200, 'Mật khẩu tối đa 200 ký tự');

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, 'Tên đăng nhập tối thiểu 3 ký tự')
      .max(50)
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch'),
    fullName: z.string().trim().min(1, 'Nhập họ và tên').max(100),
    email: z.union([z.literal(''), z.string().trim().email('Email không hợp lệ')]).optional(),
    role: z.enum(ALL_ROLES as [string, ...string[]], { message: 'Chọn vai trò' }),
    organizationId: optionalId,
    adminUnitId: optionalId,
    facilityId: optionalId,
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    if (value.role === 'XA_OFFICER' && !value.adminUnitId) ctx.addIssue({ code: 'custom', path: ['adminUnitId'], message: 'Cán bộ xã phải được gán xã/phường/đặc khu' });
    if (value.role === 'BENEFICIARY' && !value.facilityId) ctx.addIssue({ code: 'custom', path: ['facilityId'], message: 'Tài khoản cơ sở phải được gán cơ sở CNNT' });
    if (['SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'KBNN_OFFICER'].includes(value.role) && !value.organizationId) {
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'Chọn cơ quan, đơn vị của cán bộ' });
    }
  });

export type CreateUserInput = z.input<typeof createUserSchema>;

export const setUserActiveSchema = z.object({ userId: z.number().int().positive(), active: z.boolean() });
export const resetPasswordSchema = z.object({ userId: z.number().int().positive(), password: passwordSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại' });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
