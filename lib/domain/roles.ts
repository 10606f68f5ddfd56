// Roles of the portal and their Vietnamese names. The Role enum itself lives in the Prisma schema.
import type { Role } from '@/prisma/generated/client/enums';

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: 'Quản trị hệ thống',
  SCT_LEADER: 'Lãnh đạo Sở Công Thương',
  TTKC_STAFF: 'Cán bộ Trung tâm Khuyến công',
  STC_OFFICER: 'Cán bộ Sở Tài chính',
  KBNN_OFFICER: 'Cán bộ Kho bạc Nhà nước',
  XA_OFFICER: 'Cán bộ UBND xã/đặc khu',
  BENEFICIARY: 'Cơ sở công nghiệp nông thôn',
  MINISTRY_OFFICER: 'Cán bộ Bộ Công Thương',
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

/** The signed-in person as the server sees them; built from the database, never from the client. */
export interface Actor {
  id: number;
  role: Role;
  fullName: string;
  provinceId: number | null;
  organizationId: number | null;
  adminUnitId: number | null;
  facilityId: number | null;
}
