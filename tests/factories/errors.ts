// What a use case refused with, for tests that check authorization and validation.
import { AppError } from '@/lib/server/errors';

/** The AppError code a promise rejects with ('OK' when it resolves); other errors propagate. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** The AppError a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the use case to refuse, but it succeeded');
}
