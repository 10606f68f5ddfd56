#!/usr/bin/env node
// `npm run test:mutation [domain|use-cases]` (not part of `npm test`): StrykerJS on lib/domain
// against the unit tests, then on the money and authorization use cases against the integration
// tests (real PostgreSQL). Writes reports/mutation/{domain,use-cases}.{html,json} and summary.json,
// prints the scores and exits non-zero when one is under its floor (lib/domain 85 %, use cases 75 %).
// CPU-heavy: one Stryker runner at a time. See docs/decisions/0033-mutation-testing.md.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase, ROOT } from './lib/database.mjs';
import { bin, run } from './lib/run.mjs';

const RUNS = {
  domain: { config: 'stryker.config.mjs', report: 'domain.json', floor: 85, database: false },
  'use-cases': { config: 'stryker.usecases.config.mjs', report: 'use-cases.json', floor: 75, database: true },
};
const wanted = process.argv[2] ? [process.argv[2]] : Object.keys(RUNS);
// Further arguments go to Stryker, e.g. `-- use-cases --mutate lib/server/payments/request-payment.ts`
// to take a subset at a time on a busy machine.
const strykerArgs = process.argv.slice(3);
const unknown = wanted.filter((name) => !RUNS[name]);
if (unknown.length) {
  console.error(`Unknown run ${unknown.join(', ')}; choose ${Object.keys(RUNS).join(' or ')}.`);
  process.exit(2);
}

/** Stryker's score: detected (killed or timed out) over every valid mutant, including uncovered ones. */
export function mutationScore(report) {
  const counts = {};
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: valid ? Math.round((detected / valid) * 1000) / 10 : 0, counts };
}

const dir = path.join(ROOT, 'reports', 'mutation');
mkdirSync(dir, { recursive: true });
const summaryFile = path.join(dir, 'summary.json');
let summary = {};
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {}
let failed = false;

for (const name of wanted) {
  const { config, report, floor, database } = RUNS[name];
  const startedAt = Date.now();
  const server = database ? await ensureDatabase({ database: 'postgres' }) : null;
  try {
    await run(bin('stryker'), ['run', config, ...strykerArgs], server ? { DATABASE_URL: server.url, NODE_ENV: 'test' } : { NODE_ENV: 'test' });
  } catch (error) {
    failed = true;
    console.error(`[mutation] ${name}: ${error.message}`);
  } finally {
    await server?.stop();
  }
  // A dry run (--dryRunOnly) or a failed initial test run writes no report: nothing to score.
  const reportFile = path.join(dir, report);
  if (!existsSync(reportFile) || statSync(reportFile).mtimeMs < startedAt) {
    console.log(`[mutation] ${name}: no report written by this run`);
    continue;
  }
  const { score, counts } = mutationScore(JSON.parse(readFileSync(reportFile, 'utf8')));
  // A run on a subset (`--mutate <file>`) says so: its score is not the score of the whole config.
  summary[name] = { score, floor, counts, at: new Date().toISOString(), ...(strykerArgs.length ? { args: strykerArgs.join(' ') } : {}) };
  console.log(`[mutation] ${name}: ${score} % (floor ${floor} %) ${JSON.stringify(counts)}`);
  if (score < floor) failed = true;
}
writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
process.exit(failed ? 1 : 0);
