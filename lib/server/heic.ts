import 'server-only';
// HEIC photos (iPhone camera) are converted to JPEG for viewing with heic-convert (pure
// JavaScript/WebAssembly through libheif-js; no native image library on the server).
// @ts-expect-error — heic-convert ships no type declarations.
import convert from 'heic-convert';

export async function heicToJpeg(bytes: Uint8Array): Promise<Buffer> {
  const out = (await convert({ buffer: bytes, format: 'JPEG', quality: 0.85 })) as ArrayBuffer | Uint8Array;
  return Buffer.from(out instanceof Uint8Array ? out : new Uint8Array(out));
}
