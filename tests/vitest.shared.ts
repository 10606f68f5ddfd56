import path from 'node:path';

/** The repository root, which every vitest configuration runs from. */
export const root = path.resolve(import.meta.dirname, '..');

/** The import aliases of every vitest configuration (tests/vitest*.config.ts). */
export const resolve = {
  alias: {
    '@': root,
    // `server-only` guards bundles against client imports; in Node tests there is no client bundle.
    'server-only': path.join(root, 'tests/setup/server-only.ts'),
  },
};
