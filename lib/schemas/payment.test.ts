import { describe, expect, it } from 'vitest';
import { controlPaymentSchema, paymentRequestSchema, refusePaymentSchema } from './payment';

const base = { projectId: '7', kind: 'ADVANCE', amountVnd: '1.500.000', payeeName: ' Cơ sở A ', payeeAccount: '', note: '', idempotencyKey: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e' };

describe('paymentRequestSchema', () => {
  it('parses typed money to whole đồng and empties to null', () => {
    expect(paymentRequestSchema.parse(base)).toMatchObject({ projectId: 7, amountVnd: 1_500_000n, payeeName: 'Cơ sở A', payeeAccount: null, note: null });
  });

  it('names the field that is wrong', () => {
    const result = paymentRequestSchema.safeParse({ ...base, amountVnd: '1,5', payeeName: '', idempotencyKey: 'x' });
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['amountVnd', 'payeeName', 'idempotencyKey']));
    expect(result.error!.issues.find((i) => i.path[0] === 'payeeName')!.message).toBe('Nhập đơn vị thụ hưởng');
  });
});

describe('refusal', () => {
  it('needs a reason', () => {
    expect(controlPaymentSchema.safeParse({ paymentRequestId: 1, decision: 'refuse', reason: ' ' }).error!.issues[0]!.message).toBe('Nhập lý do từ chối thanh toán');
    expect(refusePaymentSchema.safeParse({ paymentRequestId: 1, reason: '' }).success).toBe(false);
    expect(controlPaymentSchema.safeParse({ paymentRequestId: 1, decision: 'pay' }).success).toBe(true);
  });
});
