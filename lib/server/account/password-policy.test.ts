import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts the demo password and a long passphrase', () => {
    expect(passwordProblem('KhuyenCong@2026', 'admin')).toBeNull();
    expect(passwordProblem('ca phe sua da buoi sang', 'xa.moi')).toBeNull();
  });

  it('refuses fewer than 12 characters', () => {
    expect(passwordProblem('Kc@2026xyzQ', 'admin')).toMatch(/12 ký tự/);
  });

  it('refuses the username, or a password built on it', () => {
    expect(passwordProblem('nguyen.van.an', 'nguyen.van.an')).toMatch(/tên đăng nhập/);
    expect(passwordProblem('Nguyen.Van.An2026', 'nguyen.van.an')).toMatch(/tên đăng nhập/);
  });

  it.each(['password1234', '123456789012', 'qwertyuiop12', 'passwordpassword'])('refuses the common password %s', (p) => {
    expect(passwordProblem(p, 'admin')).toMatch(/phổ biến/);
  });

  it('refuses a password zxcvbn guesses quickly even if not in the list', () => {
    expect(passwordProblem('iloveyou1234', 'admin')).toMatch(/dễ đoán/);
  });
});
