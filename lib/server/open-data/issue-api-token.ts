import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db, type Tx } from '../db';
import { adminProvinceOf } from '../users/user-access';
import { getManagedClientOrThrow } from './api-client-access';
import { generateApiToken, hashApiToken, tokenPrefix } from './api-token';

export async function issueTokenIn(tx: Tx, clientId: number, at: Date) {
  const token = generateApiToken();
  const row = await tx.apiToken.create({ data: { clientId, prefix: tokenPrefix(token), tokenHash: hashApiToken(token), createdAt: at } });
  return { id: row.id, prefix: row.prefix, token };
}

/** Another token for a client (to rotate: issue, switch, revoke the old one). Shown once. */
export async function issueApiToken(actor: Actor, clientId: number) {
  assertCan(actor, 'user:manage');
  const client = await getManagedClientOrThrow(actor, clientId);
  const at = now();
  return db.$transaction(async (tx) => {
    const token = await issueTokenIn(tx, client.id, at);
    await recordAudit(tx, actor, { entityType: 'ApiClient', entityId: client.id, provinceId: adminProvinceOf(actor), event: 'issue-token', data: { tokenPrefix: token.prefix } });
    return { clientId: client.id, token: token.token };
  });
}
