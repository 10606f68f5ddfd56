import { projectListQuerySchema } from '@/lib/schemas/project';
import { now } from '@/lib/server/clock';
import { exportProjects } from '@/lib/server/projects/export-projects';
import { queryFrom, route } from '@/lib/server/route';

/** Xuất Excel: the list as filtered on /de-an (same query string), within the actor's scope. */
export const GET = route(async ({ actor, request }) => {
  const buffer = await exportProjects(actor, queryFrom(request, projectListQuerySchema));
  const day = now().toISOString().slice(0, 10);
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="de-an-${day}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
