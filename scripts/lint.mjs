#!/usr/bin/env node
// `npm run lint`: the project's source rules (scripts/lib/boundaries.mjs) — no status literal outside
// lib/domain, no status write outside the generic transition, layer import boundaries, process.env
// only in lib/server/env.ts. A plain Node script, not ESLint: typescript-eslint needs TypeScript's
// JavaScript compiler API, which TypeScript 7 (native) does not ship (docs/decisions/0009).
import { checkAll } from './lib/boundaries.mjs';

const started = Date.now();
const violations = checkAll();
for (const v of violations) console.error(`${v.file}:${v.line}  ${v.rule}  ${v.message}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (violations.length) {
  console.error(`\nlint: ${violations.length} problem${violations.length === 1 ? '' : 's'} (${seconds} s)`);
  process.exit(1);
}
console.log(`lint: no problems (${seconds} s)`);
