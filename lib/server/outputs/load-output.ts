import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import type { Db, Tx } from '../db';

/** An output with its đề án's status, loaded through the actor's scope of đề án (out of scope: not found). */
export function getOutputInScopeOrThrow(client: Db | Tx, actor: Actor, outputId: number) {
  return getInScopeOrThrow(
    client.projectOutput.findFirst({
      where: { id: outputId, project: projectScope(actor) },
      include: { project: { select: { id: true, status: true, provinceId: true, code: true } }, _count: { select: { participants: true } } },
    }),
    async () => (await client.projectOutput.count({ where: { id: outputId } })) > 0,
    'kết quả thực hiện',
  );
}
