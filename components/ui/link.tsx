'use client';
import NextLink, { useLinkStatus } from 'next/link';
import { useEffect, type ComponentProps } from 'react';

/**
 * The portal's link: Next's client-side navigation without prefetching. A prefetched link to a
 * page rendered per request (all of ours: the session, the CSP nonce) is that page rendered on the
 * server, so with Next's default one view of the đề án list made ~55 page renders in the background
 * — the menu and every row — about 1.5 s of server CPU for a 60 ms page, and as many downloads on a
 * phone's data plan (docs/decisions/0052). The page a user clicks is fetched then; `prefetch` can
 * still be set where one link is worth it. While it loads, the page says so (NavigationPending).
 */
export function Link({ prefetch = false, children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={prefetch} {...props}>
      {children}
      <NavigationPending />
    </NextLink>
  );
}

/**
 * While the clicked link's page is on its way, marks the document (`html[data-navigating]`: a bar
 * along the top and a busy cursor, app/globals.css) and the main region (`aria-busy`), so a click
 * on a slow connection is seen to have been taken. Renders nothing itself.
 */
function NavigationPending() {
  const { pending } = useLinkStatus();
  useEffect(() => {
    if (!pending) return;
    const main = document.getElementById('noi-dung');
    document.documentElement.dataset.navigating = 'true';
    main?.setAttribute('aria-busy', 'true');
    return () => {
      delete document.documentElement.dataset.navigating;
      main?.removeAttribute('aria-busy');
    };
  }, [pending]);
  return null;
}
