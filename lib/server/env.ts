import 'server-only';
import { z } from 'zod';

// The one place that reads process.env (STYLE.md "Configuration"). Every variable is listed in
// .env.example. scripts/start.mjs fills DATABASE_URL and NEXTAUTH_SECRET when it runs the
// embedded database, so a bare `npm start` needs no configuration.
const schema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL chưa được đặt (npm start tự đặt khi dùng PostgreSQL nhúng)'),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  UPLOAD_DIR: z.string().default('.data/uploads'),
  UPLOAD_MAX_MB: z.coerce.number().int().positive().max(90).default(20),
  /** Where files of deleted documents go: outside UPLOAD_DIR, so downloads cannot reach them. */
  UPLOAD_TRASH_DIR: z.string().default('.data/uploads-deleted'),
  /** S3-compatible object storage for uploads (lib/server/file-store.ts); unset → the local UPLOAD_DIR. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Most S3-compatible servers (MinIO, s3rver, Ceph) want path-style addresses. */
  S3_FORCE_PATH_STYLE: z.stringbool().default(true),
  /** Sliding lifetime: a session unused this long ends. */
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(8),
  /** Absolute lifetime: a session ends this long after sign-in however active it is. */
  SESSION_ABSOLUTE_MAX_HOURS: z.coerce.number().int().positive().default(12),
  /** Sign-in throttling: failures allowed per account / per address within the window, then a lockout. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGNIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(30),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  SIGNIN_LOCKOUT_MINUTES: z.coerce.number().int().positive().default(15),
  /** Self-registration of facilities (/dang-ky-co-so): attempts allowed per address per hour, then an hour's pause. */
  REGISTRATION_IP_MAX_PER_HOUR: z.coerce.number().int().positive().default(5),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /**
   * Named prepared statements, kept by each connection (lib/server/db.ts): PostgreSQL stops planning a
   * statement it has seen. Off behind a pooler that cannot keep them (PgBouncer in transaction mode
   * before 1.21, or without max_prepared_statements).
   */
  DATABASE_STATEMENT_CACHE: z.stringbool().default(true),
  /**
   * A read-only connection (a streaming replica) for list and report queries; unset → the primary.
   * A replica lags by milliseconds: pages that must show what was just written read the primary.
   */
  DATABASE_READ_URL: z.string().min(1).optional(),
  /** Prints every SQL statement with its time ("[sql] 1.2 ms SELECT …"): `npm run bench:profile` counts them per page. */
  DB_LOG_QUERIES: z.stringbool().default(false),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Fixes the server's clock (ISO date-time) for tests and demonstrations; unset → real time. */
  CLOCK_FIXED_AT: z.iso.datetime({ offset: true }).optional(),
  /** Interactive transactions: longest wait for a connection and longest run, in ms. */
  DB_TX_MAX_WAIT_MS: z.coerce.number().int().positive().default(15_000),
  DB_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Public address used in links inside emails; unset → NEXTAUTH_URL, then http://localhost:3000. */
  PORTAL_URL: z.string().url().optional(),
  /** SMTP server as one URL (smtp://user:pass@host:587, smtps://… for TLS) or as host/port/user/password. */
  SMTP_URL: z.string().url().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().positive().optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z.stringbool().default(false),
  MAIL_FROM: z.string().min(3).default('Cổng khuyến công <khong-tra-loi@khuyencong.local>'),
  /** A failed send is retried this many times in all (1, 2, 4, 8 … × MAIL_RETRY_BASE_SECONDS apart), then reported. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().int().positive().default(60),
  /** `npm start` runs the scheduled jobs inside the web server; false → run `npm run worker` apart. */
  JOBS_IN_PROCESS: z.stringbool().default(true),
  /** Registration-deadline reminders go this many days before the deadline (a Parameter row overrides it). */
  PLAN_DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(0).default(3),
  /** Repayment instalments: reminder this many days before the due date. */
  INSTALLMENT_REMINDER_DAYS: z.coerce.number().int().min(0).default(7),
  /** Advances still not cleared this many days after the đề án's end date are reported. */
  ADVANCE_CLEARING_GRACE_DAYS: z.coerce.number().int().min(0).default(30),
  /** Monthly progress reports: reminder this many days before the 25th. */
  REPORT_REMINDER_DAYS: z.coerce.number().int().min(0).max(24).default(5),
  /** Hour of the day (Vietnam time) the daily digest and the daily reminders run. */
  DAILY_JOBS_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Cấu hình không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    cached = parsed.data;
  }
  return cached;
}
