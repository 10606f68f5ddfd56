// The OpenAPI 3.1 description of the open data API, generated from the zod schemas in
// lib/schemas/open-data.ts with zod's own converter (z.toJSONSchema, JSON Schema 2020-12 — the
// dialect OpenAPI 3.1 uses). Named schemas (`.meta({ id })`) become components; parameters come
// from each endpoint's strict query object, so the document lists exactly what the server accepts.
import { z } from 'zod';
import { OPEN_DATA_ENDPOINTS, apiErrorSchema, type OpenDataEndpoint } from './open-data';

type Json = Record<string, unknown>;

const COMPONENT_REF = '#/components/schemas/';

/** One zod schema as JSON Schema; its named parts move into `components` and are referenced there. */
function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, Json>): Json {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  const { $schema: _dialect, $defs, ...root } = json;
  const rewrite = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"${COMPONENT_REF}`));
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) components[name] = rewrite(def) as Json;
  return rewrite(root) as Json;
}

function parametersOf(endpoint: OpenDataEndpoint, components: Record<string, Json>): Json[] {
  const parameters: Json[] = [];
  for (const [where, schema] of [
    ['path', endpoint.pathParams],
    ['query', endpoint.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input', components);
    const properties = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      parameters.push({
        name,
        in: where,
        required: where === 'path' || (required.has(name) && rest.default === undefined),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return parameters;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}Error` } } },
});

export function buildOpenApiDocument(serverUrl = '/'): Json {
  const components: Record<string, Json> = {};
  toSchema(apiErrorSchema, 'output', components);
  const paths: Record<string, Json> = {};
  for (const endpoint of OPEN_DATA_ENDPOINTS) {
    const responses: Json = {
      '200': { description: 'Thành công', content: { 'application/json': { schema: toSchema(endpoint.response, 'output', components) } } },
    };
    if (endpoint.query || endpoint.pathParams) responses['400'] = errorResponse('Tham số không hợp lệ (thông báo nêu tên tham số)');
    if (endpoint.authenticated) {
      responses['401'] = errorResponse('Thiếu mã truy cập, mã không đúng hoặc đã bị thu hồi');
      responses['403'] = errorResponse('Dữ liệu ngoài phạm vi của mã truy cập (tỉnh khác)');
      responses['404'] = errorResponse('Không tìm thấy (hoặc ngoài phạm vi)');
      responses['429'] = {
        ...errorResponse('Vượt giới hạn số yêu cầu mỗi phút'),
        headers: { 'Retry-After': { description: 'Số giây phải chờ', schema: { type: 'integer' } } },
      };
    }
    paths[endpoint.path] = {
      get: {
        operationId: operationId(endpoint.path),
        summary: endpoint.summary,
        description: endpoint.description,
        parameters: parametersOf(endpoint, components),
        ...(endpoint.authenticated ? {} : { security: [] }),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'API dữ liệu mở — Cổng quản lý khuyến công',
      version: '1.0.0',
      description:
        'Dữ liệu chỉ đọc về đề án, tiến độ chương trình và số liệu tổng hợp khuyến công. Mỗi yêu cầu gửi mã truy cập trong tiêu đề ' +
        '`Authorization: Bearer <mã>`; mã gắn với một tỉnh hoặc toàn quốc (Bộ Công Thương, kinh phí KCQG). Số tiền là đồng, số nguyên ' +
        'viết thành chuỗi; ngày theo ISO 8601. Mỗi mã có giới hạn số yêu cầu mỗi phút (429 kèm Retry-After).',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Mã truy cập do quản trị hệ thống cấp (hiển thị một lần).' } },
      schemas: components,
    },
  };
}

/** "/api/mo/chuong-trinh/{id}/tien-do" → "get_chuong_trinh_id_tien_do". */
function operationId(path: string): string {
  return `get_${path.replace(/^\/api\/mo\//, '').replace(/[{}]/g, '').replace(/[^a-z0-9]+/gi, '_')}`.replace(/_+$/, '');
}
