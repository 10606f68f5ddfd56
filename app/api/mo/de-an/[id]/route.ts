import { projectDetailEndpoint } from '@/lib/schemas/open-data';
import { apiRoute } from '@/lib/server/open-data/api-route';
import { getOpenProject } from '@/lib/server/open-data/get-open-project';

export const GET = apiRoute(projectDetailEndpoint, ({ actor, params }) => getOpenProject(actor, params.id));
