import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors';

// What a new password must pass besides its length (lib/schemas/user.ts passwordSchema, ≥ 12):
// not the username, not in the bundled list of common/breached passwords (@zxcvbn-ts/language-common,
// ~49 000 entries) and not guessable by zxcvbn's estimate (score 3 of 4 or better). No rules on
// character classes (ASVS 2.1.9). Server-side only: the dictionary stays out of the browser bundle.

const commonPasswords = new Set(dictionary['passwords-common']);
let estimator: ZxcvbnFactory | undefined;

const FIELD = 'password';

/** The reason a password is refused, in Vietnamese; null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 12) return 'Mật khẩu tối thiểu 12 ký tự.';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower === name || lower.includes(name))) return 'Mật khẩu không được chứa tên đăng nhập.';
  if (commonPasswords.has(lower)) return 'Mật khẩu này quá phổ biến (nằm trong danh sách mật khẩu hay bị lộ). Hãy chọn mật khẩu khác.';
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  if (estimator.check(password, [name]).score < 3) {
    return 'Mật khẩu quá dễ đoán. Hãy dùng một cụm nhiều từ hoặc thêm ký tự khác nhau.';
  }
  return null;
}

export function assertAcceptablePassword(password: string, username: string, field = FIELD): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('VALIDATION', problem, { [field]: problem });
}
