import 'server-only';
import type { z } from 'zod';
import { ROLE_LABELS, type Actor, type Role } from '@/lib/domain/roles';
import type { createUserSchema } from '@/lib/schemas/user';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, forbiddenError } from '../errors';
import { assertAcceptablePassword } from '../account/password-policy';
import { adminProvinceOf } from './user-access';

export async function createUser(actor: Actor, input: z.infer<typeof createUserSchema>) {
  assertCan(actor, 'user:manage');
  const provinceId = adminProvinceOf(actor);
  if (input.role === 'MINISTRY_OFFICER') throw forbiddenError('Tài khoản Bộ Công Thương do Bộ cấp, không tạo ở cấp tỉnh.');
  assertAcceptablePassword(input.password, input.username);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } })) {
      throw new AppError('CONFLICT', `Tên đăng nhập "${input.username}" đã được dùng.`, { username: 'Tên đăng nhập đã tồn tại' });
    }
    // Every link must point inside the administrator's own province.
    // One query at a time: a transaction is a single connection.
    const org = input.organizationId ? await tx.organization.findFirst({ where: { id: input.organizationId, provinceId } }) : null;
    const unit = input.adminUnitId ? await tx.adminUnit.findFirst({ where: { id: input.adminUnitId, provinceId } }) : null;
    const facility = input.facilityId ? await tx.facility.findFirst({ where: { id: input.facilityId, provinceId } }) : null;
    if (input.organizationId && !org) throw new AppError('VALIDATION', 'Cơ quan, đơn vị không thuộc tỉnh/thành phố của bạn.', { organizationId: 'Không hợp lệ' });
    if (input.adminUnitId && !unit) throw new AppError('VALIDATION', 'Xã/phường không thuộc tỉnh/thành phố của bạn.', { adminUnitId: 'Không hợp lệ' });
    if (input.facilityId && !facility) throw new AppError('VALIDATION', 'Cơ sở không thuộc tỉnh/thành phố của bạn.', { facilityId: 'Không hợp lệ' });
    const role = input.role as Role;
    const user = await tx.user.create({
      data: {
        username: input.username,
        fullName: input.fullName,
        email: input.email || null,
        role,
        provinceId,
        organizationId: org?.id ?? null,
        adminUnitId: role === 'XA_OFFICER' ? (unit?.id ?? null) : null,
        facilityId: role === 'BENEFICIARY' ? (facility?.id ?? null) : null,
        passwordHash: await hashPassword(input.password),
        // The administrator knows this password: the person chooses their own at first sign-in.
        mustChangePassword: true,
      },
    });
    await recordAudit(tx, actor, { entityType: 'User', entityId: user.id, provinceId, event: 'create', data: { username: user.username, role: ROLE_LABELS[role] } });
    return { id: user.id };
  });
}

