// Lets a plain Node process (the benchmark's SQL timer) import lib/server modules: their
// `import 'server-only'` guard is meant for client bundles and throws outside React's server build.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
