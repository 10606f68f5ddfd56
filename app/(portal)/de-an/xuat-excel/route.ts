import { projectListQuerySchema } from '@/lib/schemas/project';
import { findActor } from '@/lib/server/auth';
import { AppError } from '@/lib/server/errors';
import { exportProjects, projectExportFileName } from '@/lib/server/projects/export-projects';

/** Xuất Excel: the list as filtered on /de-an (same query string), within the actor's scope. */
export async function GET(request: Request) {
  const actor = await findActor();
  if (!actor) return new Response('Phiên đăng nhập đã hết hạn.', { status: 401 });
  const query = projectListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const buffer = await exportProjects(actor, query);
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${projectExportFileName()}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return new Response(error.message, { status: 403 });
    throw error;
  }
}
