import { expect, type Page } from '@playwright/test';
import pg from 'pg';

export const DEMO_PASSWORD = 'KhuyenCong@2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, path = '/dang-nhap') {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function signInAndWaitHome(page: Page, username: string) {
  await signIn(page, username);
  // Generous: the first page of a freshly started server compiles its data on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 20_000 });
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
