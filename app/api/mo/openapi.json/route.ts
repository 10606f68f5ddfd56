import { buildOpenApiDocument } from '@/lib/schemas/open-data-openapi';

// Public: the description of the open data API, generated from its zod schemas (no token needed).
export function GET(): Response {
  return new Response(JSON.stringify(buildOpenApiDocument(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
