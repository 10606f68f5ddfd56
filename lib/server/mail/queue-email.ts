import 'server-only';
import type { EmailKind } from '@/prisma/generated/client/enums';
import type { Tx } from '../db';
import type { ComposedEmail } from './compose';

/** Puts one email in the outbox, in the caller's transaction; the delivery job sends it. */
export async function queueEmail(
  tx: Tx,
  email: ComposedEmail & { kind: EmailKind; userId: number | null; toAddress: string },
  now: Date,
): Promise<{ id: number }> {
  return tx.outboundEmail.create({ data: { ...email, createdAt: now, nextAttemptAt: now }, select: { id: true } });
}
