// Source rules checked without a TypeScript parser (docs/decisions/0009): status literals and
// status writes stay in the lifecycle kernel, import boundaries between layers, and one place
// reading the environment. Used by scripts/lint.mjs and the unit test scripts/boundaries.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

const SOURCE_DIRS = ['app', 'components', 'lib'];
const SOURCE_FILES = ['proxy.ts'];

/** Every .ts/.tsx source file of the application (tests excluded), relative to the root, with '/' separators. */
export function sourceFiles(root = ROOT) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return [...out, ...SOURCE_FILES];
}

/**
 * The values of every enum used as a model's `status` (or a PlanItem's `review`) column, read from
 * prisma/schema.prisma, so a new lifecycle's states are covered without editing this file.
 */
export function statusValues(root = ROOT) {
  const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const enums = new Map();
  for (const m of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(
      m[1],
      m[2]
        .split('\n')
        .map((l) => l.replace(/\/\/.*$/, '').trim())
        .filter(Boolean),
    );
  }
  const statusEnums = new Set();
  for (const m of schema.matchAll(/^\s+(status|review)\s+(\w+)/gm)) if (enums.has(m[2])) statusEnums.add(m[2]);
  // TreasuryResult shares ACCEPTED / REFUSED with the statuses; it is named in lib/domain too.
  statusEnums.add('TreasuryResult');
  const byEnum = Object.fromEntries([...statusEnums].map((e) => [e, enums.get(e)]));
  return { values: new Set([...statusEnums].flatMap((e) => enums.get(e))), enums: [...statusEnums].sort(), byEnum };
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/** The text between the bracket at `open` and its matching close (strings are not special-cased; fine for object literals). */
function balanced(text, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(open + 1, i);
    }
  }
  return text.slice(open + 1);
}

/**
 * The loop every rule shares: `visit(file, text, report)` on each file `skip` does not pass over, where
 * `report(rule, index, message)` records a violation on the line of `index` in the file's text.
 */
function violationsIn(files, read, skip, visit) {
  const out = [];
  for (const file of files) {
    if (skip(file)) continue;
    const text = read(file);
    visit(file, text, (rule, index, message) => out.push({ file, line: lineOf(text, index), rule, message }));
  }
  return out;
}

/** Quoted status values outside lib/domain: every state set is named once, in the lifecycle tables. */
export function statusLiteralViolations(files, read, values) {
  const pattern = new RegExp(`(['"\`])(${[...values].join('|')})\\1`, 'g');
  return violationsIn(files, read, (file) => file.startsWith('lib/domain/'), (_file, text, report) => {
    for (const m of text.matchAll(pattern)) report('status-literal', m.index, `Status literal ${m[0]} outside lib/domain: name the state set in lib/domain/lifecycle.`);
  });
}

/** The one writer of status columns after creation. */
export const TRANSITION_FILE = 'lib/server/lifecycle/transition.ts';

/**
 * Updates whose data sets `status` or `review`, and raw SQL setting a status, anywhere but the
 * generic transition: every status change goes through a lifecycle table and an audit row.
 */
export function statusWriteViolations(files, read) {
  return violationsIn(files, read, (file) => file === TRANSITION_FILE, (_file, text, report) => {
    for (const m of text.matchAll(/\.(update|updateMany|upsert)\(/g)) {
      const args = balanced(text, m.index + m[0].length - 1);
      for (const d of args.matchAll(/\b(data|update|create)\s*:\s*\{/g)) {
        const body = balanced(args, d.index + d[0].length - 1);
        if (/(^|[\s{,])(status|review)\s*:/.test(body)) report('status-write', m.index, `Status written by .${m[1]}() outside ${TRANSITION_FILE}: use transition().`);
      }
    }
    for (const m of text.matchAll(/\bSET\s+"?(status|review)"?\s*=/gi)) report('status-write', m.index, `Status written by SQL outside ${TRANSITION_FILE}: use transition().`);
  });
}

function imports(text) {
  return [...text.matchAll(/^[ \t]*(import|export)\b(\s+type\b)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^[ \t]*import\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    spec: m[3] ?? m[4] ?? m[5],
    typeOnly: Boolean(m[2]),
    index: m.index,
  }));
}

/** Resolves an import to a root-relative path prefix ('lib/server/db', 'app/…'), or the package name. */
function target(file, spec) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return spec;
}

export const LINK_FILE = 'components/ui/link.tsx';

const LAYER_RULES = [
  {
    applies: (f) => f.startsWith('lib/domain/'),
    // Types of the generated client (enums, where-inputs) are fine; the client itself is I/O.
    forbidden: (t, typeOnly) => /^(lib\/server|app|components)(\/|$)/.test(t) || t === 'server-only' || (t === 'prisma/generated/client/client' && !typeOnly) || /^node:/.test(t),
    message: 'lib/domain is pure: it imports nothing from lib/server, app, components, the Prisma client or Node.',
  },
  { applies: (f) => f.startsWith('components/'), forbidden: (t) => /^app(\/|$)/.test(t), message: 'Components never import from app/: pass actions as props.' },
  {
    applies: (f) => !f.startsWith('lib/server/'),
    forbidden: (t) => t === 'lib/server/db',
    message: 'Only lib/server imports the database.',
  },
  {
    applies: (f) => f !== LINK_FILE,
    forbidden: (t) => t === 'next/link',
    message: `Links come from ${LINK_FILE}, which does not prefetch (a prefetch renders the page on the server).`,
  },
];

export function importViolations(files, read) {
  return violationsIn(files, read, (file) => !LAYER_RULES.some((r) => r.applies(file)), (file, text, report) => {
    const rules = LAYER_RULES.filter((r) => r.applies(file));
    for (const { spec, typeOnly, index } of imports(text)) {
      const t = target(file, spec);
      // One report per import: the first (most specific) rule it breaks.
      const rule = rules.find((r) => r.forbidden(t, typeOnly));
      if (rule) report('import-boundary', index, `${rule.message} (${spec})`);
    }
  });
}

export const ENV_FILE = 'lib/server/env.ts';

/** The environment is read in one place, which validates it. */
export function envViolations(files, read) {
  return violationsIn(files, read, (file) => file === ENV_FILE, (file, text, report) => {
    for (const m of text.matchAll(/\bprocess\.env\b/g)) {
      // proxy.ts runs before the app; Next inlines NODE_ENV there at build time (not configuration).
      if (file === 'proxy.ts' && text.startsWith('process.env.NODE_ENV', m.index)) continue;
      report('env', m.index, `process.env outside ${ENV_FILE}: add the variable there.`);
    }
  });
}

export function checkAll(root = ROOT) {
  const files = sourceFiles(root);
  const cache = new Map();
  const read = (f) => {
    if (!cache.has(f)) cache.set(f, readFileSync(path.join(root, f), 'utf8'));
    return cache.get(f);
  };
  const { values } = statusValues(root);
  return [...statusLiteralViolations(files, read, values), ...statusWriteViolations(files, read), ...importViolations(files, read), ...envViolations(files, read)];
}
