import { projectListEndpoint } from '@/lib/schemas/open-data';
import { apiRoute } from '@/lib/server/open-data/api-route';
import { findOpenProjects } from '@/lib/server/open-data/find-open-projects';

export const GET = apiRoute(projectListEndpoint, ({ client, actor, query, request }) => findOpenProjects(client, actor, query, new URL(request.url)));
