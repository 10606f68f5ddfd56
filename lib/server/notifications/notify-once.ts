import 'server-only';
import type { Tx } from '../db';
import { claimOccasion } from './claim-occasion';
import { notifyUsers, type NotificationInput } from './notify';

/**
 * Notifies each user at most once per occasion ("plan-deadline:12:2031-06-20"), however many times
 * or in however many workers the job runs. Returns the users notified by this call.
 */
export async function notifyOnce(tx: Tx, occasion: string, userIds: number[], input: NotificationInput, now: Date): Promise<number[]> {
  const ids = await claimOccasion(tx, occasion, userIds, now);
  await notifyUsers(tx, ids, input, now);
  return ids;
}
