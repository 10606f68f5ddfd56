import { describe, expect, it } from 'vitest';
import { z } from './z';

describe('form validation language', () => {
  it('speaks Vietnamese even where a schema gives no message of its own', () => {
    const result = z.object({ year: z.number() }).safeParse({ year: 'hai nghìn' });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).not.toMatch(/Invalid input|expected/i);
    expect(message).toBe('Phải nhập một số');
  });
});
