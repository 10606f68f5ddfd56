'use server';

import { revalidatePath } from 'next/cache';
import { facilityDecisionSchema } from '@/lib/schemas/beneficiary';
import { action } from '@/lib/server/action';
import { decideFacilityRegistration } from '@/lib/server/facilities/decide-facility-registration';

export const decideFacilityAction = action(facilityDecisionSchema, async (input, actor) => {
  await decideFacilityRegistration(actor, input);
  revalidatePath('/co-so', 'layout');
  return { message: input.decision === 'verify' ? 'Đã xác minh cơ sở.' : 'Đã từ chối đăng ký và báo lý do cho cơ sở.' };
});
