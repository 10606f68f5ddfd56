'use server';

import { headers } from 'next/headers';
import { facilityRegistrationSchema } from '@/lib/schemas/beneficiary';
import { publicAction } from '@/lib/server/action';
import { clientAddress } from '@/lib/server/auth';
import { registerFacility } from '@/lib/server/facilities/register-facility';

/** Public: no session. Throttled per address inside the use case. */
export const registerFacilityAction = publicAction(facilityRegistrationSchema, async (input) => {
  const ip = clientAddress(Object.fromEntries((await headers()).entries()));
  const { username } = await registerFacility(input, ip);
  return { username };
});
