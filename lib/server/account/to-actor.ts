import 'server-only';
import type { Actor } from '@/lib/domain/roles';

export function toActor(user: {
  id: number;
  role: Actor['role'];
  fullName: string;
  provinceId: number | null;
  organizationId: number | null;
  adminUnitId: number | null;
  facilityId: number | null;
}): Actor {
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    provinceId: user.provinceId,
    organizationId: user.organizationId,
    adminUnitId: user.adminUnitId,
    facilityId: user.facilityId,
  };
}
