import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { createApiClientSchema, type CreateApiClientInput } from '@/lib/schemas/api-client';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { adminProvinceOf } from '../users/user-access';
import { issueTokenIn } from './issue-api-token';

/**
 * A new client and its first token; the token is returned once and never stored (only its hash).
 * "PROVINCE" is the administrator's own province; "NATIONAL" is the ministry's view (KCQG of every
 * province), as the ministry's national database needs.
 */
export async function createApiClient(actor: Actor, raw: CreateApiClientInput) {
  assertCan(actor, 'user:manage');
  const input = createApiClientSchema.parse(raw);
  const provinceId = adminProvinceOf(actor);
  const at = now();
  if (await db.apiClient.count({ where: { name: input.name } })) {
    throw new AppError('VALIDATION', 'Đã có đơn vị sử dụng API cùng tên.', { name: 'Đã có đơn vị sử dụng API cùng tên' });
  }
  return db.$transaction(async (tx) => {
    const client = await tx.apiClient.create({
      data: { name: input.name, provinceId: input.scope === 'NATIONAL' ? null : provinceId, requestsPerMinute: input.requestsPerMinute, createdAt: at },
    });
    const token = await issueTokenIn(tx, client.id, at);
    await recordAudit(tx, actor, {
      entityType: 'ApiClient',
      entityId: client.id,
      provinceId,
      event: 'create',
      data: { name: client.name, scope: input.scope, requestsPerMinute: client.requestsPerMinute, tokenPrefix: token.prefix },
    });
    return { clientId: client.id, token: token.token };
  });
}
