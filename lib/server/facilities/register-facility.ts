import 'server-only';
import { FACILITY_PENDING } from '@/lib/domain/lifecycle/beneficiary';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { adminUnitName } from '@/lib/domain/labels';
import type { FacilityRegistrationInput } from '@/lib/schemas/beneficiary';
import { assertAcceptablePassword } from '../account/password-policy';
import { anyLocked, countFailure, lockThrottleRows, registrationThrottleKey } from '../account/sign-in-throttle';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { notifyRoles } from '../notifications/notify';

export const REGISTRATION_THROTTLED_MESSAGE = 'Có quá nhiều lượt đăng ký từ địa chỉ mạng này. Vui lòng thử lại sau 1 giờ.';

const taxCodeTaken = (taxCode: string) =>
  new AppError(
    'CONFLICT',
    `Mã số thuế ${taxCode} đã có cơ sở đăng ký trên cổng. Nếu đó là cơ sở của bạn, hãy đăng nhập bằng tài khoản đã có hoặc liên hệ UBND xã để được cấp lại tài khoản.`,
    { taxCode: 'Mã số thuế này đã được đăng ký' },
  );
const usernameTaken = (username: string) => new AppError('CONFLICT', `Tên đăng nhập “${username}” đã có người dùng. Hãy chọn tên khác.`, { username: 'Tên đăng nhập đã có người dùng' });

/**
 * A facility registers itself without signing in (/dang-ky-co-so): the facility (PENDING) and its
 * account are created together; the facility cannot be named in a plan or a đề án until its xã
 * official or the Trung tâm verifies it. Attempts from one address are throttled in PostgreSQL,
 * counted before anything else so that refused attempts count too.
 */
export async function registerFacility(input: FacilityRegistrationInput, ip: string, at: Date = now()): Promise<{ facilityId: number; username: string }> {
  const key = registrationThrottleKey(ip);
  const locked = await db.$transaction(async (tx) => {
    const states = await lockThrottleRows(tx, [key], at);
    if (anyLocked(states, at)) return true;
    await countFailure(tx, [key], states, at);
    return false;
  });
  if (locked) throw new AppError('LIMIT_EXCEEDED', REGISTRATION_THROTTLED_MESSAGE);

  assertAcceptablePassword(input.password, input.username);
  const adminUnit = await db.adminUnit.findUnique({ where: { id: input.adminUnitId } });
  if (!adminUnit) throw new AppError('VALIDATION', 'Chọn lại xã/đặc khu nơi cơ sở sản xuất.', { adminUnitId: 'Chọn lại xã/đặc khu' });
  const eligibility = isFacilityEligibleArea({ inRecognizedCraftVillage: adminUnit.hasRecognizedCraftVillage, adminUnit });
  if (!eligibility.eligible) throw new AppError('VALIDATION', eligibility.reason, { adminUnitId: 'Cơ sở tại phường không thuộc đối tượng hỗ trợ' });
  const provinceId = adminUnit.provinceId;
  if (await db.facility.count({ where: { provinceId, taxCode: input.taxCode } })) throw taxCodeTaken(input.taxCode);
  if (await db.user.count({ where: { username: input.username } })) throw usernameTaken(input.username);
  const passwordHash = await hashPassword(input.password);

  try {
    return await db.$transaction(async (tx) => {
      const facility = await tx.facility.create({
        data: {
          provinceId,
          name: input.name,
          legalForm: input.legalForm,
          taxCode: input.taxCode,
          adminUnitId: adminUnit.id,
          address: input.address,
          sector: input.sector,
          representative: input.representative,
          phone: input.phone,
          workers: input.workers,
          inRecognizedCraftVillage: false,
          verification: FACILITY_PENDING,
          selfRegistered: true,
          createdAt: at,
        },
      });
      const user = await tx.user.create({
        data: {
          username: input.username,
          passwordHash,
          fullName: input.representative,
          email: input.email || null,
          phone: input.phone,
          role: 'BENEFICIARY',
          provinceId,
          facilityId: facility.id,
          // The person chose this password: no change needed at first sign-in.
          mustChangePassword: false,
          passwordChangedAt: at,
          createdAt: at,
        },
      });
      await recordAudit(tx, null, {
        entityType: 'Facility',
        entityId: facility.id,
        provinceId,
        event: 'selfRegister',
        toStatus: FACILITY_PENDING,
        data: { taxCode: input.taxCode, username: user.username, userId: user.id, ip },
      });
      const notice = {
        title: `Cơ sở “${facility.name}” tự đăng ký, chờ xác minh`,
        body: `MST ${facility.taxCode}, ${adminUnitName(adminUnit)}. Xác minh hoặc từ chối (kèm lý do) trước khi cơ sở được đưa vào kế hoạch.`,
        link: '/co-so/cho-xac-minh',
      };
      await notifyRoles(tx, { provinceId, roles: ['XA_OFFICER'], adminUnitId: adminUnit.id }, notice);
      await notifyRoles(tx, { provinceId, roles: ['TTKC_STAFF'] }, notice);
      return { facilityId: facility.id, username: user.username };
    });
  } catch (error) {
    // Someone took the MST or the name between the checks and the insert.
    if ((error as { code?: string }).code === 'P2002') {
      const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? '');
      throw target.includes('username') ? usernameTaken(input.username) : taxCodeTaken(input.taxCode);
    }
    throw error;
  }
}
