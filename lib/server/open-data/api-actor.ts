import 'server-only';
import type { Actor } from '@/lib/domain/roles';

/**
 * The actor an API client reads as, so the same find* functions and the same scope rules answer it:
 * a province's client reads like the province's Sở Tài chính officer (province-wide, read-only
 * figures, disbursements included); the national client reads like the ministry's officer (KCQG
 * of every province). The API only calls read functions, so the roles' other permissions are never
 * reached; id 0 is no user, and nothing on these paths writes an audit row with it (decision 0039).
 */
export function apiClientActor(client: { id: number; name: string; provinceId: number | null }): Actor {
  return {
    id: 0,
    role: client.provinceId === null ? 'MINISTRY_OFFICER' : 'STC_OFFICER',
    fullName: `API: ${client.name}`,
    provinceId: client.provinceId,
    organizationId: null,
    adminUnitId: null,
    facilityId: null,
  };
}
