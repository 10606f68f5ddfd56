import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { ProjectListQuery } from '@/lib/schemas/project';
import { assertCan } from '../authz';
import { actorScopeKey, cachedRead, dayKey } from '../read-cache';
import { findProjectFilterOptions } from './find-project-form-options';
import { findProjects } from './find-projects';

/**
 * What the đề án list (/de-an) shows: one page of rows with the count, and the filters' choices.
 * Browsing and filtering read them once per data version for a scope and query
 * (lib/server/read-cache.ts) — counting a decade of a province on every visit costs more than the
 * page itself. A text search is read fresh: its queries rarely repeat, and each would only add an
 * entry to the cache.
 */
export async function findProjectListPage(actor: Actor, query: ProjectListQuery) {
  assertCan(actor, 'project:read');
  const read = async () => {
    const [result, options] = await Promise.all([findProjects(actor, query), findProjectFilterOptions(actor, query.facility)]);
    return { result, options };
  };
  return query.q ? read() : cachedRead('project-list-page', { scope: actorScopeKey(actor), query, day: dayKey() }, read);
}
