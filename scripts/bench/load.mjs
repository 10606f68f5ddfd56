// Load with autocannon against the production server on loopback: `connections` signed-in users
// requesting one path, latencies collected per response (autocannon's histogram has no p95).
import autocannon from 'autocannon';

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One endpoint at one concurrency: a fixed number of requests at 1 user, a fixed duration at many. */
export async function load(base, path, cookie, { connections, amount, duration, timeout = 30 }) {
  const latencies = [];
  let errors = 0;
  const instance = autocannon({
    url: `${base}${path}`,
    connections,
    ...(amount ? { amount } : { duration }),
    timeout,
    headers: { cookie },
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
    else errors++;
  });
  instance.on('reqError', () => errors++);
  const result = await instance;
  void result.errors; // counted per request above (reqError), not twice
  return {
    requests: latencies.length + errors,
    errors,
    rps: Math.round(((latencies.length) / result.duration) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
  };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header of the session. */
export async function signIn(base, username, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true' }),
  });
  const all = [...cookies, ...res.headers.getSetCookie().map((c) => c.split(';')[0])];
  if (!all.some((c) => /session-token=/.test(c))) throw new Error(`bench sign-in failed for ${username}`);
  return all.join('; ');
}

/** Waits until the production server answers `url` (2 minutes at most, then it goes on and fails later). */
export async function waitForPage(url, attempts = 240) {
  for (let i = 0; i < attempts; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
}
