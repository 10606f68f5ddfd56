import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './urls';

describe('safeCallbackUrl', () => {
  it('keeps a path of the portal with its query and fragment', () => {
    expect(safeCallbackUrl('/de-an/12?tab=tai-lieu#ho-so')).toBe('/de-an/12?tab=tai-lieu#ho-so');
    expect(safeCallbackUrl('/')).toBe('/');
  });

  it('keeps an absolute URL of the portal itself, as a path', () => {
    expect(safeCallbackUrl('https://kc.example.vn/ke-hoach', 'https://kc.example.vn')).toBe('/ke-hoach');
  });

  // Each of these, handed to window.location or a Location header, would leave the portal.
  const offSite = [
    '//example.org',
    '/\\example.org',
    '\\\\example.org',
    '/\t/example.org',
    '/\r/example.org',
    '/\n/example.org',
    '/%09/example.org'.replace('%09', '\t'),
    decodeURIComponent('%2F%09%2Fexample.org'),
    decodeURIComponent('%2F%0D%0A%2Fexample.org'),
    '\t//example.org',
    ' //example.org',
    'https://example.org/',
    'http:example.org',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://kc.example.vn.example.org/',
    'https://kc.example.vn@example.org/',
  ];
  it.each(offSite)('sends %j to the home page instead', (value) => {
    expect(safeCallbackUrl(value, 'https://kc.example.vn')).toBe('/');
  });

  it('reads a scheme-relative path the way a browser does: still a path of the portal', () => {
    expect(safeCallbackUrl('https:/example.org', 'https://kc.example.vn')).toBe('/example.org');
  });

  it('ignores an empty or missing value', () => {
    expect(safeCallbackUrl(undefined)).toBe('/');
    expect(safeCallbackUrl('')).toBe('/');
  });
});
