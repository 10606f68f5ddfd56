import { projectListQuerySchema } from '@/lib/schemas/project';
import { exportProjects, projectExportFileName } from '@/lib/server/projects/export-projects';
import { queryFrom, route, xlsxFile } from '@/lib/server/route';

/** Xuất Excel: the list as filtered on /de-an (same query string), within the actor's scope. */
export const GET = route(async ({ actor, request }) => {
  const buffer = await exportProjects(actor, queryFrom(request, projectListQuerySchema));
  // The Vietnam day in the name, as the screen shows it (not the UTC day of toISOString).
  return xlsxFile(buffer, projectExportFileName());
});
