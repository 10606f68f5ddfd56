'use client';

import { Button } from '@/components/ui/button';

/** The browser's own print dialog: the page's print stylesheet lays the sheet out on A4. */
export function PrintButton() {
  return (
    <Button variant="primary" onClick={() => window.print()} data-print-hide>
      In (A4)
    </Button>
  );
}
