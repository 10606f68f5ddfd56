// The running portal connects to PostgreSQL as an application role that owns nothing: it may read
// and write rows, and nothing else — no TRUNCATE, no ALTER/DROP/CREATE, no DISABLE TRIGGER. The
// migrations, the seed, backup and restore keep running as the owner (DATABASE_URL, or the embedded
// superuser). See docs/decisions/0043-least-privilege-database-role.md.
//
// DATABASE_APP_URL set → that role is used (the deployer created it; here it only gets its grants).
// Unset → the role "khuyencong_app" on the owner's server and database, created or updated here,
// with a password derived from the session secret (the same on every app server of a deployment).
import { createHmac } from 'node:crypto';
import pg from 'pg';

export const APP_ROLE = 'khuyencong_app';

/** The application role's password when it is derived: HMAC of the session secret, never stored. */
export function appRolePassword(secret) {
  return createHmac('sha256', secret).update(`${APP_ROLE} database password`).digest('base64url');
}

/**
 * The URL the running portal uses for the owner's database: DATABASE_APP_URL (its database name is
 * set to the owner's, the one the migrations ran on), else the derived role on the same server.
 */
export function appDatabaseUrl(ownerUrl, secret) {
  const owner = new URL(ownerUrl);
  if (process.env.DATABASE_APP_URL) {
    const app = new URL(process.env.DATABASE_APP_URL);
    app.pathname = owner.pathname;
    return app.toString();
  }
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = appRolePassword(secret);
  return app.toString();
}

function log(message) {
  process.stderr.write(`[db] ${message}\n`);
}

async function canSignIn(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the derived role, or sets its password again (a new session secret), unless it already signs in. */
async function ensureDerivedRole(owner, appUrl) {
  if (await canSignIn(appUrl)) return;
  const password = decodeURIComponent(new URL(appUrl).password);
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD ${owner.escapeLiteral(password)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      const { rowCount } = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
      await owner.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${owner.escapeIdentifier(APP_ROLE)} WITH ${attributes}`);
      if (!rowCount) log(`created the application role ${APP_ROLE}`);
      return;
    } catch (error) {
      // Another launcher on the same server created or altered it at the same moment: look again once.
      if (attempt < 3 && (error.code === '42710' || error.code === 'XX000' || error.code === '23505')) continue;
      if (error.code === '42501') {
        throw new Error(
          `Tài khoản chủ sở hữu cơ sở dữ liệu không được tạo vai trò (CREATEROLE) nên không tạo được vai trò ứng dụng ${APP_ROLE}. ` +
            'Hãy tạo một vai trò LOGIN riêng cho ứng dụng rồi đặt DATABASE_APP_URL (xem docs/operations.md).',
        );
      }
      throw error;
    }
  }
}

/**
 * Makes the application role ready on the owner's database and returns the URL the portal must use:
 * the role exists (derived) or is checked (DATABASE_APP_URL), holds SELECT/INSERT/UPDATE/DELETE on
 * the tables, USAGE on the sequences, and on the audit log only SELECT, INSERT and the UPDATE of the
 * three chain columns its commit-time seal fills (migration 20261202090000). Run after every
 * migration (a new table needs its grants) — it is idempotent. Refuses a role that owns anything,
 * is a superuser, may create roles or databases, or is a member of the owner.
 */
export async function prepareAppRole(ownerUrl, secret) {
  const appUrl = appDatabaseUrl(ownerUrl, secret);
  const role = decodeURIComponent(new URL(appUrl).username);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows: me } = await owner.query('SELECT current_user AS name, current_database() AS db');
    if (!role || role === me[0].name) {
      throw new Error(`DATABASE_APP_URL phải dùng một vai trò khác vai trò chủ sở hữu (${me[0].name}): ứng dụng không được kết nối bằng quyền chủ sở hữu.`);
    }
    if (process.env.DATABASE_APP_URL) {
      const { rowCount } = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (!rowCount) throw new Error(`Vai trò ${role} trong DATABASE_APP_URL chưa có trên máy chủ PostgreSQL: hãy tạo nó (CREATE ROLE … LOGIN PASSWORD …) trước.`);
    } else {
      await ensureDerivedRole(owner, appUrl);
    }

    const r = owner.escapeIdentifier(role);
    const { rows: tables } = await owner.query(
      `SELECT schemaname, tablename FROM pg_tables
        WHERE schemaname IN ('public', 'pgboss') AND NOT (schemaname = 'public' AND tablename IN ('_prisma_migrations', 'AuditEvent'))
        ORDER BY 1, 2`,
    );
    const { rows: schemas } = await owner.query(`SELECT nspname FROM pg_namespace WHERE nspname IN ('public', 'pgboss')`);
    const hasAudit = (await owner.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'AuditEvent'`)).rowCount > 0;
    // PostgreSQL before 15 lets everyone create tables in "public"; nobody but the owner should.
    await owner.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC').catch((error) => {
      if (error.code !== '42501') throw error;
      log('the owner may not change the privileges of schema "public": PUBLIC keeps what the server gives it');
    });
    await owner.query('BEGIN');
    await owner.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${owner.escapeIdentifier(me[0].db)} TO ${r}`);
    for (const { nspname } of schemas) {
      const s = owner.escapeIdentifier(nspname);
      await owner.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
      await owner.query(`REVOKE CREATE ON SCHEMA ${s} FROM ${r}`);
      await owner.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${r}`);
      await owner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
    }
    for (const t of tables) {
      await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${owner.escapeIdentifier(t.schemaname)}.${owner.escapeIdentifier(t.tablename)} TO ${r}`);
    }
    if (hasAudit) {
      // Revoking the table's UPDATE also drops column grants: the column grant comes after, in the same transaction.
      await owner.query(`REVOKE ALL ON TABLE public."AuditEvent" FROM ${r}`);
      await owner.query(`GRANT SELECT, INSERT ON TABLE public."AuditEvent" TO ${r}`);
      await owner.query(`GRANT UPDATE ("chainSeq", "prevHash", "hash") ON TABLE public."AuditEvent" TO ${r}`);
    }
    await owner.query(`REVOKE ALL ON TABLE public."_prisma_migrations" FROM ${r}`).catch(async (error) => {
      if (error.code !== '42P01') throw error;
    });
    await owner.query('COMMIT');

    const { rows: checks } = await owner.query(
      `SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls AS powerful,
              pg_has_role(r.oid, (SELECT oid FROM pg_roles WHERE rolname = current_user), 'MEMBER') AS owner_member,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int
                + (SELECT count(*) FROM pg_namespace n WHERE n.nspowner = r.oid)::int
                + (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid)::int AS owned
         FROM pg_roles r WHERE r.rolname = $1`,
      [role],
    );
    const c = checks[0];
    if (c.powerful || c.owner_member || c.owned > 0) {
      throw new Error(
        `Vai trò ứng dụng ${role} có quyền vượt mức cần thiết (${[c.powerful && 'superuser/CREATEROLE/CREATEDB/BYPASSRLS', c.owner_member && 'thành viên của vai trò chủ sở hữu', c.owned > 0 && `sở hữu ${c.owned} đối tượng`].filter(Boolean).join(', ')}). ` +
          'Ứng dụng chỉ được kết nối bằng một vai trò không sở hữu gì.',
      );
    }
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await owner.end();
  }
  return appUrl;
}
