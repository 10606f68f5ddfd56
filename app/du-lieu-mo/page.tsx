import type { Metadata } from 'next';
import { buildOpenApiDocument } from '@/lib/schemas/open-data-openapi';

export const metadata: Metadata = { title: 'API dữ liệu mở' };

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; enum?: string[]; minimum?: number; maximum?: number; default?: unknown };
}
interface Operation {
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: Record<string, { description: string }>;
  security?: unknown[];
}

function typeOf(schema: Parameter['schema']): string {
  if (schema.enum) return schema.enum.join(' | ');
  const range = schema.minimum !== undefined && schema.maximum !== undefined ? ` ${schema.minimum}–${schema.maximum}` : '';
  const fallback = schema.default !== undefined ? `, mặc định ${String(schema.default)}` : '';
  return `${schema.type ?? 'chuỗi'}${range}${fallback}`;
}

/** Public: the human view of the same OpenAPI document the API serves (one source: the zod schemas). */
export default function OpenDataPage() {
  const doc = buildOpenApiDocument() as { info: { title: string; description: string }; paths: Record<string, { get: Operation }> };
  return (
    <main id="noi-dung" className="mx-auto max-w-4xl space-y-6 p-4 sm:p-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{doc.info.title}</h1>
        <p className="text-sm text-slate-700">{doc.info.description}</p>
        <p className="text-sm">
          Mô tả máy đọc được:{' '}
          <a className="font-mono underline" href="/api/mo/openapi.json">
            /api/mo/openapi.json
          </a>{' '}
          (OpenAPI 3.1). Mã truy cập do quản trị hệ thống của Sở Công Thương cấp.
        </p>
        <pre tabIndex={0} role="region" aria-label="Ví dụ gọi API" className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {'curl -H "Authorization: Bearer kcmo_…" "https://<cổng>/api/mo/de-an?nam=2026&so_dong=50"'}
        </pre>
      </header>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={`ep-${path}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`ep-${path}`} className="text-lg font-semibold">
            {get.summary}
          </h2>
          <p className="break-all font-mono text-sm">GET {path}</p>
          <p className="text-sm text-slate-700">{get.description}</p>
          {get.parameters.length > 0 && (
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
              {get.parameters.map((p) => (
                <div key={p.name} className="contents">
                  <dt className="font-mono">
                    {p.name}
                    {p.required ? ' *' : ''} <span className="text-xs text-slate-500">({p.in === 'path' ? 'đường dẫn' : 'truy vấn'})</span>
                  </dt>
                  <dd className="text-slate-700">
                    {p.description ? `${p.description} ` : ''}
                    <span className="text-xs text-slate-500">{typeOf(p.schema)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p className="text-xs text-slate-600">
            Trả lời:{' '}
            {Object.entries(get.responses)
              .map(([code, r]) => `${code} ${r.description}`)
              .join(' · ')}
          </p>
        </section>
      ))}
    </main>
  );
}
