'use server';

import { headers } from 'next/headers';
import { facilityRegistrationSchema, type FacilityRegistrationValues } from '@/lib/schemas/beneficiary';
import { clientAddress } from '@/lib/server/auth';
import { registerFacility } from '@/lib/server/facilities/register-facility';
import { runUseCase, type ActionResult } from '@/lib/server/run-use-case';

/** Public: no session. Validated with the shared schema; throttled per address inside the use case. */
export async function registerFacilityAction(values: FacilityRegistrationValues): Promise<ActionResult<{ username: string }>> {
  const parsed = facilityRegistrationSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
    return { ok: false, code: 'VALIDATION', message: parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.', fieldErrors };
  }
  const ip = clientAddress(Object.fromEntries((await headers()).entries()));
  return runUseCase(async () => {
    const { username } = await registerFacility(parsed.data, ip);
    return { username };
  });
}
