import pg from 'pg';

/** Runs one statement on the test server's maintenance database (CREATE/DROP DATABASE …). */
export async function adminSql(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
