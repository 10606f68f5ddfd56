import 'server-only';
import { z } from 'zod';
import catalogue from './database-refusals.json';
import { AppError, staleError } from './errors';

// The database refuses what breaks its constraints (migration 20261130100000_integrity). This turns
// each refusal into the AppError a person can act on, in Vietnamese; `action()` and `route()` call it,
// so no form or route answers 500 for data it was given. Unknown errors stay errors (a real 500).
// The words for each named constraint are data, in database-refusals.json; two naming conventions
// (signRefusal, `_validity_in_order`) word whole families of constraints here instead.
// tests/integration/database-refusals.test.ts holds both against the migrated schema.

export interface Refusal {
  message: string;
  /** The form field the message belongs to, when there is one. */
  field?: string;
}

const refusalSchema = z.strictObject({ message: z.string().trim().min(1), field: z.string().min(1).optional() });

/**
 * The messages of named constraints, by the name the migrations give them, kept as data beside this
 * file. Checked when this module loads (server start, any test importing it): a malformed entry stops
 * it there rather than leaving a form without words.
 */
const CATALOGUE: ReadonlyMap<string, Refusal> = (() => {
  const parsed = z
    .strictObject({ $comment: z.string().optional(), checks: z.record(z.string(), refusalSchema), uniqueKeys: z.record(z.string(), refusalSchema) })
    .safeParse(catalogue);
  if (!parsed.success) throw new Error(`lib/server/database-refusals.json: ${z.prettifyError(parsed.error)}`);
  return new Map(Object.entries({ ...parsed.data.checks, ...parsed.data.uniqueKeys }));
})();

interface DriverCause {
  code?: string;
  originalCode?: string;
  originalMessage?: string;
  message?: string;
  constraint?: { index?: string; fields?: string[] };
}

/** The PostgreSQL error under a Prisma error (driver adapter), if any. */
function causeOf(error: unknown): DriverCause | null {
  if (typeof error !== 'object' || error === null) return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? null;
}

function constraintName(cause: DriverCause): string | null {
  if (cause.constraint?.index) return cause.constraint.index;
  const text = cause.originalMessage ?? cause.message ?? '';
  return /constraint "([^"]+)"/.exec(text)?.[1] ?? null;
}

/** "<Table>_<column>_nonnegative" / "_positive": the money and quantity checks, one per column. */
function signRefusal(name: string): Refusal | undefined {
  const m = /^[A-Za-z]+_([A-Za-z]+)_(nonnegative|positive)$/.exec(name);
  if (!m) return undefined;
  const field = m[1]!;
  const what = field.endsWith('Vnd') ? 'Số tiền' : 'Số lượng';
  return { message: m[2] === 'positive' ? `${what} phải lớn hơn 0.` : `${what} không được âm.`, field };
}

/** "<Table>_validity_in_order": every record with a validity period (content, norm, parameter) words it alike. */
const VALIDITY_IN_ORDER: Refusal = { message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.', field: 'validTo' };

/** The specific message for a constraint or unique index, or undefined where the generic one applies. */
export function refusalFor(name: string): Refusal | undefined {
  return CATALOGUE.get(name) ?? signRefusal(name) ?? (name.endsWith('_validity_in_order') ? VALIDITY_IN_ORDER : undefined);
}

function refusal(name: string | null, fallback: string, code: AppError['code']): AppError {
  const known = name ? refusalFor(name) : undefined;
  const message = known?.message ?? fallback;
  return new AppError(code, message, known?.field ? { [known.field]: message } : undefined, name ? `constraint ${name}` : undefined);
}

/**
 * The AppError for a refusal of the database caused by the data given (a constraint, an out-of-range
 * number, a NUL byte, an invalid date), or null for anything else.
 */
export function databaseRefusal(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const name = (error as { name?: string } | null)?.name;
  // Values Prisma cannot even send (an Invalid Date, NaN where a number belongs) come from malformed input.
  if (name === 'PrismaClientValidationError') return new AppError('VALIDATION', 'Dữ liệu không hợp lệ.', undefined, String((error as Error).message).slice(-300));
  // Two people changing the same record at once, seen by the database as a deadlock or a
  // serialization failure (Prisma's P2034): one of them reloads and tries again.
  if ((error as { code?: unknown } | null)?.code === 'P2034') return staleError();
  const cause = causeOf(error);
  const sqlState = cause?.originalCode ?? cause?.code;
  if (!cause || !sqlState) return null;
  const constraint = constraintName(cause);
  switch (sqlState) {
    case '23505':
      return refusal(constraint, 'Bản ghi này đã tồn tại.', 'CONFLICT');
    case '23P01':
      return refusal(constraint, 'Bản ghi trùng thời gian hiệu lực với một bản ghi đã có.', 'CONFLICT');
    case '23514':
      return refusal(constraint, 'Dữ liệu không hợp lệ: số tiền, tỷ lệ hoặc ngày tháng nằm ngoài giới hạn cho phép.', 'VALIDATION');
    case '23502':
      return new AppError('VALIDATION', 'Thiếu thông tin bắt buộc.', undefined, cause.originalMessage);
    case '23503':
      return new AppError('VALIDATION', 'Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.', undefined, constraint ?? cause.originalMessage);
    case '22003':
      return new AppError('NOT_FOUND', 'Không tìm thấy: mã số vượt giới hạn.', undefined, cause.originalMessage);
    case '22021':
    case '22P05':
      return new AppError('VALIDATION', 'Dữ liệu chứa ký tự không hợp lệ.', undefined, cause.originalMessage);
    case '40001':
    case '40P01':
      return staleError();
    case '22007':
    case '22008':
      return new AppError('VALIDATION', 'Ngày tháng không hợp lệ.', undefined, cause.originalMessage);
    default:
      return null;
  }
}
