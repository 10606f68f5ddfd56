import { programmeListEndpoint } from '@/lib/schemas/open-data';
import { apiRoute } from '@/lib/server/open-data/api-route';
import { findOpenProgrammes } from '@/lib/server/open-data/find-open-programmes';

export const GET = apiRoute(programmeListEndpoint, ({ client, actor, query }) => findOpenProgrammes(client, actor, query.tinh));
