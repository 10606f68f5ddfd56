import pg from 'pg';

/**
 * Runs one statement on a connection of its own and returns its result: on the test server's
 * maintenance database (CREATE/DROP DATABASE …), or on any database the URL names.
 */
export async function adminSql(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
