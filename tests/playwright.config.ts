import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Journeys run in Debian's Chromium: Playwright's own browser download does not work on these
// machines. scripts/test.mjs starts the production server and sets E2E_BASE_URL.
//
// Debian's `chromium-headless-shell` first, the headless browser Playwright itself uses by default:
// the full `chromium` binary runs Chrome's "new" headless mode, where a window now and then comes up
// producing no frames — requestAnimationFrame never fires, so a click waits forever for the element
// to be "stable" (CI, 01/12/2026; docs/decisions/0048). The full browser stays the fallback.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One slot per Playwright worker (scripts/test.mjs, E2E_SLOTS): its two production instances and its
 * own database. This file is read again in every worker, whose slot is its TEST_PARALLEL_INDEX; the
 * journeys read the slot's addresses from the variables set here (E2E_BASE_URL, E2E_SECOND_BASE_URL,
 * DATABASE_URL, E2E_APP_DATABASE_URL), so a journey never meets another worker's changes.
 */
type Slot = { base: string; second: string; databaseUrl: string; appDatabaseUrl: string };
const slots: Slot[] = JSON.parse(process.env.E2E_SLOTS ?? '[]');
const slot = slots[Number(process.env.TEST_PARALLEL_INDEX ?? 0)] ?? slots[0];
if (slot) {
  process.env.E2E_BASE_URL = slot.base;
  process.env.E2E_SECOND_BASE_URL = slot.second;
  process.env.DATABASE_URL = slot.databaseUrl;
  process.env.E2E_APP_DATABASE_URL = slot.appDatabaseUrl;
}

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry'] as const;
function traceMode(value: string | undefined): (typeof TRACE_MODES)[number] {
  return TRACE_MODES.find((mode) => mode === value) ?? 'off';
}

// Limits with at least 3× headroom over a run on a loaded 2-core machine (the longest journey took
// ~64 s there): a slow machine must not turn a passing journey red. Waits are on state (URL, heading,
// network idle), never on time. The warm-up (tests/e2e/warm-up.ts) compiles the main pages first.
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/warm-up.ts',
  // A file's journeys run in order in one worker; files are shared among the slots.
  fullyParallel: false,
  workers: Math.max(slots.length, 1),
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json']],
  outputDir: '../.data/test-results',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3100',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Recording a trace costs about an eighth of the journeys' time (screenshots of every step), and
    // CI keeps none of it: off unless asked for, e.g. E2E_TRACE=retain-on-failure npm run test:e2e.
    trace: traceMode(process.env.E2E_TRACE),
    actionTimeout: 45_000,
    navigationTimeout: 90_000,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/ },
    { name: 'phone', use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@phone/ },
  ],
});
