import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken, encodeSessionToken } from './session-token';

const secret = 'test-secret-0123456789abcdef';
const token = { sub: '42', role: 'TTKC_STAFF', sessionVersion: 3, signedInAt: 1_800_000_000_000 };

describe('session token', () => {
  it('reads a session next-auth wrote, and next-auth reads ours: signed-in users stay signed in', async () => {
    expect(await decodeSessionToken({ token: await encode({ token, secret }), secret })).toMatchObject(token);
    expect(await decode({ token: await encodeSessionToken({ token, secret }), secret })).toMatchObject(token);
  });

  it('refuses a token sealed with another secret', async () => {
    const other = await encodeSessionToken({ token, secret: 'another-secret-0123456789abcdef' });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const expired = await encodeSessionToken({ token, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
  });

  it('keeps the key of each salt apart', async () => {
    const salted = await encodeSessionToken({ token, secret, salt: 'authjs.session-token' });
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: salted, secret, salt: 'authjs.session-token' })).toMatchObject(token);
  });

  it('reads nothing from no token', async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
