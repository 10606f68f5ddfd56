import { describe, expect, it } from 'vitest';
import { escapeLike } from './format';

describe('LIKE escaping, in one place', () => {
  it('makes %, _ and \\ match themselves', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLike('máy ép')).toBe('máy ép');
  });
});
