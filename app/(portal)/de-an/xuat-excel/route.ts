import { projectListQuerySchema } from '@/lib/schemas/project';
import { exportProjectsStream, projectExportFileName } from '@/lib/server/projects/export-projects';
import { queryFrom, route, xlsxFile } from '@/lib/server/route';

/**
 * Xuất Excel: the list as filtered on /de-an (same query string), within the actor's scope, streamed
 * batch by batch (up to 10 000 đề án without holding them all in memory).
 */
export const GET = route(async ({ actor, request }) => {
  const stream = await exportProjectsStream(actor, queryFrom(request, projectListQuerySchema));
  // The Vietnam day in the name, as the screen shows it (not the UTC day of toISOString).
  return xlsxFile(stream, projectExportFileName());
});
