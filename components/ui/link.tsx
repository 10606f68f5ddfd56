import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The portal's link: Next's client-side navigation without prefetching. A prefetched link to a
 * page rendered per request (all of ours: the session, the CSP nonce) is that page rendered on the
 * server, so with Next's default one view of the đề án list made ~55 page renders in the background
 * — the menu and every row — about 1.5 s of server CPU for a 60 ms page, and as many downloads on a
 * phone's data plan (docs/decisions/0052). The page a user clicks is fetched then; `prefetch` can
 * still be set where one link is worth it.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
