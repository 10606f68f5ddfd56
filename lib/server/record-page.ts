import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { forPage } from './authz';
import { idFromParam } from './page-params';

/**
 * How the page of one record starts: its [id] segment (malformed: the 404 page), the actor that
 * `authenticate` requires (given the segment, for the way back after signing in) and the record read
 * through that actor's scope by `load` (refused: the 403 or 404 page, as forPage says).
 *
 *   const { actor, record: project } = await loadRecordPage(params, (id) => requirePermission('project:edit', `/de-an/${id}/sua`), getProjectOrThrow);
 */
export async function loadRecordPage<T>(
  params: Promise<{ id: string }>,
  authenticate: (segment: string) => Promise<Actor>,
  load: (actor: Actor, id: number) => Promise<T>,
): Promise<{ id: number; actor: Actor; record: T }> {
  const { id: segment } = await params;
  const id = idFromParam(segment);
  const actor = await authenticate(segment);
  return { id, actor, record: await forPage(load(actor, id)) };
}
