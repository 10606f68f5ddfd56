import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan, getInScopeOrThrow } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { adminProvinceOf } from '../users/user-access';
import { managedClientWhere } from './api-client-access';

/** Revokes a token: from the next request on it answers 401. Revoking twice changes nothing. */
export async function revokeApiToken(actor: Actor, tokenId: number) {
  assertCan(actor, 'user:manage');
  const token = await getInScopeOrThrow(
    db.apiToken.findFirst({ where: { id: tokenId, client: managedClientWhere(actor) } }),
    async () => (await db.apiToken.count({ where: { id: tokenId } })) > 0,
    'mã truy cập',
  );
  const at = now();
  await db.$transaction(async (tx) => {
    const changed = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: at } });
    if (changed.count) {
      await recordAudit(tx, actor, { entityType: 'ApiClient', entityId: token.clientId, provinceId: adminProvinceOf(actor), event: 'revoke-token', data: { tokenPrefix: token.prefix } });
    }
  });
}
