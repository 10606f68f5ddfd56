import { summaryEndpoint } from '@/lib/schemas/open-data';
import { apiRoute } from '@/lib/server/open-data/api-route';
import { findOpenSummary } from '@/lib/server/open-data/find-open-summary';

export const GET = apiRoute(summaryEndpoint, ({ client, actor, query }) => findOpenSummary(client, actor, query));
