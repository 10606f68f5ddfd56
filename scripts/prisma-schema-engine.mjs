#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads at first use and so
// cannot get on a machine without internet access. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here; this script speaks the binary's protocol and forwards the work to the same engine compiled to
// WebAssembly (@prisma/schema-engine-wasm), which reaches PostgreSQL through node-pg.
// Why and how: docs/decisions/0001-prisma-schema-engine-offline.md.
//
// The CLI runs the binary in three ways:
//   schema-engine --version                                     → print "schema-engine-cli <hash>"
//   schema-engine --datasource JSON cli <command>               → one-shot command, result in the exit code
//   schema-engine [--datamodels FILE]… [--datasource JSON] …    → JSON-RPC 2.0 server: one request per line
//                                                                 on stdin, one response per line on stdout
// In every mode stderr carries JSON log lines ({ level, fields: { message, … }, target }); the CLI reads
// the ERROR ones to explain a failure.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAdapterFactory } from './prisma-schema-engine/adapter.mjs';
import { panicRegistry, SchemaEngine, version } from './prisma-schema-engine/wasm.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    version: { type: 'boolean', short: 'V' },
    datamodels: { type: 'string', short: 'd', multiple: true },
    datasource: { type: 'string' }, // {"url": …, "shadowDatabaseUrl"?: …} from prisma.config.ts
    // Accepted for compatibility; the wasm engine has no switch for either.
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
  },
});
const datasource = args.datasource ? JSON.parse(args.datasource) : {};

function log(level, fields, target = 'schema_engine::logger') {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`);
}

const adapterFactory = createAdapterFactory(datasource);

function newEngine(datamodels) {
  // The engine's log lines are already in the native JSON format, some with their newline.
  const forwardLog = (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  return SchemaEngine.new({ datamodels }, forwardLog, adapterFactory);
}

/** The engine words a JavaScript error thrown in the adapter "External error id#N": put its message back. */
function errorMessage(error) {
  return error.message.replace(
    /External error id#(\d+)/g,
    (text, id) => adapterFactory.errorRegistry.consumeError(Number(id))?.error.message ?? text,
  );
}

try {
  if (args.version) {
    console.log(`schema-engine-cli ${version()}`);
  } else if (positionals[0] === 'cli') {
    await runCliCommand(positionals[1]);
    process.exit(0);
  } else {
    await serveJsonRpc();
  }
} catch (error) {
  // The CLI explains a failed command or start with this line: level ERROR, target
  // schema_engine::logger, fields.error_code and fields.message.
  log('ERROR', { is_panic: false, error_code: error.code ?? '', message: errorMessage(error) });
  process.exit(1);
}

// ─── one-shot commands: `cli can-connect-to-database`, `cli create-database` ───

async function runCliCommand(command) {
  if (command === 'can-connect-to-database') {
    // ensureConnectionValidity does not reach the database in the wasm engine; version() does, and
    // reports failures with the native codes (P1001 unreachable, P1003 no such database, …).
    await (await newEngine(undefined)).version();
    log('INFO', { message: 'Connection successful' });
  } else if (command === 'create-database') {
    // The wasm engine cannot create databases: do it from the server's maintenance database.
    const target = new URL(datasource.url);
    const name = decodeURIComponent(target.pathname.slice(1));
    target.pathname = '/postgres';
    const client = new pg.Client({ connectionString: target.href });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    log('INFO', { message: `Database '${name}' was successfully created.` });
  } else {
    throw new Error(`Unsupported schema engine CLI command: ${command}`);
  }
}

// ─── JSON-RPC server ───

async function serveJsonRpc() {
  const datamodels = args.datamodels?.map((path) => [path, readFileSync(path, 'utf8')]);
  log('INFO', { message: 'Starting schema engine RPC server (wasm)', git_hash: version() }, 'schema_engine');
  const engine = await newEngine(datamodels);

  // evaluateDataLoss and createMigration do not get the shadow database factory in the wasm engine:
  // they reuse the schema that devDiagnostic computed from the migrations on a shadow database, and
  // fail with this error when there is none, e.g. when `migrate dev` first applied pending migrations.
  // Then run devDiagnostic (read-only) to compute it, and try again.
  const withShadowSchema = (method) => async (p) => {
    try {
      return await engine[method](p);
    } catch (error) {
      if (!error.message.includes('shadow DB must be provided through an external factory')) throw error;
      await engine.devDiagnostic({ migrationsList: p.migrationsList, filters: p.filters });
      return engine[method](p);
    }
  };

  let printCalls = 0;
  // RPC method name → engine call. The native method names; the wasm engine calls getDatabaseVersion
  // `version`, and its diff returns the text that the native one prints.
  const methods = {
    applyMigrations: (p) => engine.applyMigrations(p),
    createMigration: withShadowSchema('createMigration'),
    dbExecute: (p) => engine.dbExecute(p),
    debugPanic: () => engine.debugPanic(),
    devDiagnostic: (p) => engine.devDiagnostic(p),
    diagnoseMigrationHistory: (p) => engine.diagnoseMigrationHistory(p),
    diff: async (p) => {
      // The native engine prints the diff itself by calling the CLI's `print` method (without the
      // final newline, which the CLI adds back) and returns no stdout. No need to await the CLI's
      // acknowledgement: it handles messages in order, so the text is out before our response.
      const { stdout, ...result } = await engine.diff(p);
      if (stdout) {
        const content = stdout.replace(/\n$/, '');
        send({ jsonrpc: '2.0', id: `print-${++printCalls}`, method: 'print', params: { content } });
      }
      return { ...result, stdout: null };
    },
    ensureConnectionValidity: (p) => engine.ensureConnectionValidity(p),
    evaluateDataLoss: withShadowSchema('evaluateDataLoss'),
    getDatabaseVersion: (p) => engine.version(p),
    introspect: (p) => engine.introspect(p),
    introspectSql: (p) => engine.introspectSql(p),
    markMigrationApplied: (p) => engine.markMigrationApplied(p),
    markMigrationRolledBack: (p) => engine.markMigrationRolledBack(p),
    reset: (p) => engine.reset(p),
    schemaPush: (p) => engine.schemaPush(p),
  };

  // Requests run one at a time, in arrival order (the CLI sends one at a time anyway).
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) return; // the CLI's acknowledgement of a `print`
    queue = queue.then(() => handle(message));
  });
  // The CLI ends stdin when it is done (and kills us right after): finish what is running, then exit.
  lines.on('close', () => queue.then(() => process.exit(0)));

  async function handle({ id, method, params }) {
    const call = methods[method];
    if (!call) return send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
    try {
      // JSON-RPC results must be present: methods resolving to nothing answer {}.
      send({ jsonrpc: '2.0', id, result: (await call(params)) ?? {} });
    } catch (error) {
      const isPanic = error instanceof WebAssembly.RuntimeError;
      const message = isPanic ? panicRegistry.message || error.message : errorMessage(error);
      // Same shape as the native engine's errors: the CLI reads data.message / error_code / is_panic.
      const data = { is_panic: isPanic, message, ...(error.code && { error_code: error.code }) };
      if (isPanic) log('ERROR', { is_panic: true, message });
      const summary = 'An error happened. Check the data field for details.';
      send({ jsonrpc: '2.0', id, error: { code: 4466, message: summary, data } });
      // A panicked wasm instance is unusable: like the native engine, exit with 101 once the response
      // is out, and hold the queue meanwhile so that no further request reaches the engine.
      if (isPanic) await new Promise(() => process.stdout.write('', () => process.exit(101)));
    }
  }
}

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}
