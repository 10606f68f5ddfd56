import { expect, type Page } from '@playwright/test';
import pg from 'pg';

export const DEMO_PASSWORD = 'KhuyenCong@2026';

/** Chooses, in the select labelled `label`, the first option whose text contains `text`. */
export async function selectOptionContaining(page: Page, label: string, text: string, exact = false) {
  const select = page.getByLabel(label, { exact });
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `option “${text}” in ${label}`).toBeTruthy();
  await select.selectOption(value!);
}


export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, path = '/dang-nhap') {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Waits on the home page itself (URL and heading), however long "Đang đăng nhập…" shows on a busy machine. */
export async function signInAndWaitHome(page: Page, username: string) {
  await signIn(page, username);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 90_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 90_000 });
}

/**
 * The server's "now": scripts/test.mjs fixes the e2e server's clock with CLOCK_FIXED_AT and passes
 * it here, so journeys derive years and dates from the same clock instead of the real date.
 */
export function e2eNow(): Date {
  return process.env.CLOCK_FIXED_AT ? new Date(process.env.CLOCK_FIXED_AT) : new Date();
}

/** The year in Vietnam on the e2e clock. */
export function e2eYear(): number {
  return new Date(e2eNow().getTime() + 7 * 3_600_000).getUTCFullYear();
}

/** A date `days` after the e2e clock's today in Vietnam, as people type it (dd/mm/yyyy). */
export function vnDate(days: number): string {
  const d = new Date(e2eNow().getTime() + 7 * 3_600_000 + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** Reads the e2e database (scripts/test.mjs passes DATABASE_URL) to find ids the journeys need. */
export async function queryOne<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(sql, params);
    if (!rows[0]) throw new Error(`no row for: ${sql}`);
    return rows[0] as T;
  } finally {
    await client.end();
  }
}
