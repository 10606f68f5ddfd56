// Stand-in for the `server-only` package under Vitest (see tests/vitest.config.ts).
export {};
