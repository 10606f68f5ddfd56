import { describe, expect, it } from 'vitest';
import { formatCharacterCount } from '@/lib/domain/format';
import { projectGeneralSchema } from './project';
import { z } from './z';

const valid = { name: 'Hỗ trợ máy sấy', year: '2026', fundingLevel: 'KCDP', contentCategoryId: '1' };
const messagesOf = (input: Record<string, unknown>) => {
  const r = projectGeneralSchema.safeParse(input);
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};
const JARGON = /mong đợi|NaN|string|Quá lớn|Quá nhỏ|Invalid|expected/i;

describe('validation messages a person can act on', () => {
  it('says what a year must look like when "20a7" is typed', () => {
    const m = messagesOf({ ...valid, year: '20a7' });
    expect(m.year).toBe('Năm phải là số có 4 chữ số, ví dụ 2026');
  });

  it('names the field and its limit when a long text is too long', () => {
    const m = messagesOf({ ...valid, description: 'a'.repeat(5001) });
    expect(m.description).toBe('Mô tả, mục tiêu đề án tối đa 5.000 ký tự');
    expect(m.description).not.toMatch(JARGON);
  });

  it('never falls back to zod locale jargon for a check without a message', () => {
    const schema = z.object({ a: z.string().max(5), b: z.coerce.number(), c: z.string().min(1), d: z.array(z.string()).max(1) });
    const r = schema.safeParse({ a: '123456', b: '20a7', c: '', d: ['x', 'y'] });
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(['Tối đa 5 ký tự', 'Phải nhập một số', 'Không được để trống', 'Tối đa 1 mục']);
    for (const m of messages) expect(m).not.toMatch(JARGON);
  });

  it('asks for a whole number where one is needed', () => {
    expect(messagesOf({ ...valid, targetQuantity: '2,5' }).targetQuantity).toBe('Số lượng phải là số nguyên, ví dụ 3');
    expect(z.object({ n: z.number().int() }).safeParse({ n: 1.5 }).error!.issues[0]!.message).toBe('Phải là số nguyên');
  });

  it('counts characters the Vietnamese way under long fields', () => {
    expect(formatCharacterCount(1234, 5000)).toBe('1.234/5.000 ký tự');
    expect(formatCharacterCount(5003, 5000)).toBe('5.003/5.000 ký tự — vượt 3 ký tự');
  });
});
