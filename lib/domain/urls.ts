// Where a person may be sent back to after sign-in. Browsers drop tab, CR and LF inside URLs and
// read "\" as "/", so "/\t/example.org" or "/\\example.org" become "//example.org" — another site.
// Comparing strings misses those variants; parsing the value the way a browser does, against the
// portal's own origin, and keeping it only when the origin is unchanged does not.
const PORTAL = 'http://portal.invalid';

/** A same-origin path (with query and fragment) to return to after sign-in; '/' for anything else. */
export function safeCallbackUrl(value: string | null | undefined, origin: string = PORTAL): string {
  if (!value) return '/';
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return '/';
  }
  if (target.origin !== base.origin || (target.protocol !== 'http:' && target.protocol !== 'https:')) return '/';
  const path = `${target.pathname}${target.search}${target.hash}`;
  // The result is parsed again by the browser: it must itself be a plain path (never "//…").
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}
