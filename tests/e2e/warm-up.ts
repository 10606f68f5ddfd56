// Playwright globalSetup: a production server compiles nothing, but its first requests still load
// route modules, open the database pool and fill caches. Without this the first journey meets a
// cold server and spends its time budget waiting. Signs in once and opens the main pages.
import { type Browser, chromium, type FullConfig } from '@playwright/test';
import { signInAndWaitHome } from './helpers';

const PAGES = ['/', '/de-an', '/ke-hoach', '/chuong-trinh', '/dinh-muc', '/thong-bao', '/kho-bac', '/quyet-dinh'];

export default async function warmUp(config: FullConfig) {
  const use = config.projects[0]!.use;
  // Every slot's first instance (scripts/test.mjs, E2E_SLOTS), at once; the default address alone
  // when the journeys run against a server started by hand.
  const slots: { base: string }[] = JSON.parse(process.env.E2E_SLOTS ?? '[]');
  const bases = slots.length > 0 ? slots.map((slot) => slot.base) : [use.baseURL];
  const browser = await chromium.launch(use.launchOptions);
  try {
    await Promise.all(bases.map((baseURL) => warmUpOne(browser, baseURL)));
  } finally {
    await browser.close();
  }
}

async function warmUpOne(browser: Browser, baseURL: string | undefined) {
  const page = await browser.newPage({ baseURL });
  page.setDefaultTimeout(120_000);
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await signInAndWaitHome(page, 'sct.lanhdao');
  // A page this account may not open still loads its route module and answers 403: warm either way.
  for (const path of PAGES) await page.goto(path, { waitUntil: 'networkidle' });
  await page.close();
}
