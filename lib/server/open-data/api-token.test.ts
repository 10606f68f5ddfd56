import { describe, expect, it } from 'vitest';
import { bearerToken, generateApiToken, hashApiToken, tokenPrefix } from './api-token';

describe('API tokens', () => {
  it('are long, random and recognisable', () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a).toMatch(/^kcmo_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(tokenPrefix(a)).toBe(a.slice(0, 11));
  });

  it('are stored as a SHA-256 in hex', () => {
    expect(hashApiToken('kcmo_abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken('kcmo_abc')).toBe(hashApiToken('kcmo_abc'));
    expect(hashApiToken('kcmo_abc')).not.toBe(hashApiToken('kcmo_abd'));
  });

  it('are read from a Bearer header only', () => {
    const t = generateApiToken();
    expect(bearerToken(`Bearer ${t}`)).toBe(t);
    expect(bearerToken(`bearer ${t}`)).toBe(t);
    expect(bearerToken(t)).toBeNull();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('Bearer short')).toBeNull();
    expect(bearerToken(`Bearer ${t}\u0000`)).toBeNull();
  });
});
