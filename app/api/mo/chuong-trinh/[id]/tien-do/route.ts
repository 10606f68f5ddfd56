import { programmeProgressEndpoint } from '@/lib/schemas/open-data';
import { apiRoute } from '@/lib/server/open-data/api-route';
import { findOpenProgrammeProgress } from '@/lib/server/open-data/find-open-programmes';

export const GET = apiRoute(programmeProgressEndpoint, ({ actor, params }) => findOpenProgrammeProgress(actor, params.id));
