// Loads the schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
//
// The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node only
// accepts behind --experimental-wasm-modules. So we instantiate the .wasm file by hand and hand it to
// the wasm-bindgen glue (schema_engine_bg.js), exactly as that entry point would.
import { readFileSync } from 'node:fs';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

// The glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(text)` right before a Rust panic
// traps (surfacing as a WebAssembly.RuntimeError "unreachable"); keep the text to report it.
export const panicRegistry = {
  message: '',
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('schema_engine_bg.wasm', glueUrl)), {
  './schema_engine_bg.js': bindings,
});
bindings.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

export const { SchemaEngine, version } = bindings;
