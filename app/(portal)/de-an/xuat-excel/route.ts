import { projectListQuerySchema } from '@/lib/schemas/project';
import { exportProjects, projectExportFileName } from '@/lib/server/projects/export-projects';
import { queryFrom, route } from '@/lib/server/route';

/** Xuất Excel: the list as filtered on /de-an (same query string), within the actor's scope. */
export const GET = route(async ({ actor, request }) => {
  const buffer = await exportProjects(actor, queryFrom(request, projectListQuerySchema));
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      // The Vietnam day, as the screen shows it (not the UTC day of toISOString).
      'Content-Disposition': `attachment; filename="${projectExportFileName()}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
