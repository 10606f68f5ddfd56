import { describe, expect, it } from 'vitest';
import { filterOptionsHtml } from './field';

describe('filterOptionsHtml', () => {
  it('writes one option per choice in order, the chosen one selected', () => {
    const html = filterOptionsHtml(
      [
        { value: '', label: 'Mọi xã' },
        { value: 12, label: 'Xã An Hưng' },
        { value: 7, label: 'Phường Lê Chân' },
      ],
      '7',
    );
    expect(html).toBe('<option value="">Mọi xã</option><option value="12">Xã An Hưng</option><option value="7" selected>Phường Lê Chân</option>');
  });

  it('selects "all" when nothing is chosen, and nothing when the choice is not among the options', () => {
    expect(filterOptionsHtml([{ value: '', label: 'Tất cả' }, { value: 'KCQG', label: 'KCQG' }], '')).toBe('<option value="" selected>Tất cả</option><option value="KCQG">KCQG</option>');
    expect(filterOptionsHtml([{ value: 'KCQG', label: 'KCQG' }], 'KCDP')).not.toContain('selected');
  });

  it('never lets a label or a value from the database become markup', () => {
    const html = filterOptionsHtml([{ value: '"><script>x()</script>', label: '<img src=x onerror=alert(1)> & \'Xã\'' }], '');
    expect(html).toBe('<option value="&quot;&gt;&lt;script&gt;x()&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;Xã&#39;</option>');
  });
});
