// The session cookie's token, written and read exactly as next-auth's own `encode`/`decode`
// (next-auth/jwt: JWE "dir" + A256GCM, key = HKDF-SHA256 of the secret, 15 s clock tolerance) —
// except that the key is derived once per secret instead of on every call. Every request read the
// cookie twice (the proxy, then the page's session) and wrote it once (the sliding expiry), and each
// derivation ran HKDF on the request's thread: about a tenth of a small page's server CPU
// (docs/decisions/0047). Tokens stay interchangeable with next-auth's: a session signed in before
// this change still reads, and session-token.test.ts checks both directions.
import { hkdfSync, randomUUID } from 'node:crypto';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt = ''): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`;
    key = new Uint8Array(hkdfSync('sha256', secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = '' }: JWTEncodeParams): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token as JWTPayload)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(nowS + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
