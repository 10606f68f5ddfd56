// The OpenAPI description is valid in structure and complete: OpenAPI 3.1, every path has operations
// with described responses, every $ref resolves, path templates declare their parameters, and every
// route file under app/api/mo is in the document (and nothing in the document lacks a route file).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './open-data-openapi';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as Json & { paths: Record<string, Json>; components: { schemas: Record<string, Json> } };
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

/** app/api/mo/de-an/[id]/route.ts → /api/mo/de-an/{id} */
function templateOf(file: string, appDir: string): string {
  const dir = path.relative(appDir, path.dirname(file)).split(path.sep).join('/');
  return '/' + dir.replace(/\[([^\]]+)\]/g, '{$1}');
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

function resolve(pointer: string): unknown {
  expect(pointer.startsWith('#/'), pointer).toBe(true);
  return pointer
    .slice(2)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), doc);
}

describe('OpenAPI description of /api/mo', () => {
  it('is OpenAPI 3.1 with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect((doc.info as Json).title).toBeTruthy();
    expect((doc.info as Json).version).toBeTruthy();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
  });

  it('gives every path at least one operation, each with described responses and a unique operationId', () => {
    const ids = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      const operations = Object.entries(item).filter(([k]) => METHODS.includes(k));
      expect(operations.length, p).toBeGreaterThan(0);
      for (const [, op] of operations as [string, Json][]) {
        const responses = op.responses as Record<string, Json>;
        expect(Object.keys(responses).length, p).toBeGreaterThan(0);
        expect(responses['200'], p).toBeDefined();
        for (const [code, r] of Object.entries(responses)) {
          expect(code).toMatch(/^([1-5]\d\d|default)$/);
          expect(typeof r.description, `${p} ${code}`).toBe('string');
        }
        expect(ids.has(op.operationId as string)).toBe(false);
        ids.add(op.operationId as string);
        // Every {param} of the template is declared as a required path parameter, once.
        const declared = (op.parameters as Json[]).filter((x) => x.in === 'path');
        const inTemplate = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        expect(declared.map((x) => x.name).sort(), p).toEqual(inTemplate.sort());
        expect(declared.every((x) => x.required === true)).toBe(true);
        const names = (op.parameters as Json[]).map((x) => `${x.in}:${x.name}`);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('resolves every $ref', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) expect(resolve(ref), ref).toBeTruthy();
  });

  it('lists every route file under app/api/mo, and only those', () => {
    const appDir = path.resolve(import.meta.dirname, '../../app');
    const templates = routeFiles(path.join(appDir, 'api/mo')).map((f) => templateOf(f, appDir)).sort();
    expect(templates.length).toBeGreaterThan(0);
    expect(Object.keys(doc.paths).sort()).toEqual(templates);
  });

  it('describes money as whole đồng strings, never numbers', () => {
    const vnd = doc.components.schemas.Vnd!;
    expect(vnd.type).toBe('string');
    expect(vnd.pattern).toBe('^-?\\d+$');
    const detail = JSON.stringify(doc.components.schemas.ProjectDetail);
    for (const m of detail.matchAll(/"(\w+Vnd)":\{([^}]*)\}/g)) expect(m[2], m[1]).toMatch(/\$ref|"type":"string"|anyOf/);
  });
});

describe('GET /api/mo/openapi.json', () => {
  it('serves the same document as JSON, without a token', async () => {
    const { GET } = await import('@/app/api/mo/openapi.json/route');
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
