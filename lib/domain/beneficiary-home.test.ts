import { describe, expect, it } from 'vitest';
import { beneficiaryNextAction, type BeneficiaryFacts } from './beneficiary-home';

const base: BeneficiaryFacts = { verification: 'VERIFIED', verificationNote: null, adminUnitName: 'xã An Lão', missingDocuments: [], latestRequest: null, openRound: null };
const request = { id: 7, title: 'Máy dệt', refusalReason: null, year: 2028 };

describe('beneficiaryNextAction', () => {
  it('waits for verification, then tells why a refusal happened', () => {
    expect(beneficiaryNextAction({ ...base, verification: 'PENDING' }).title).toBe('Chờ xác minh đăng ký');
    const refused = beneficiaryNextAction({ ...base, verification: 'REFUSED', verificationNote: 'Sai MST' });
    expect(refused.title).toBe('Đăng ký chưa được xác minh');
    expect(refused.body).toContain('Sai MST');
  });
  it('walks a request from nothing to taken, with the round deadline while it matters', () => {
    const deadline = new Date('2027-06-20T00:00:00Z');
    const openRound = { year: 2028, deadline };
    expect(beneficiaryNextAction({ ...base, openRound })).toMatchObject({ title: 'Lập đề nghị hỗ trợ', href: '/de-nghi-ho-tro/moi', dueOn: deadline });
    expect(beneficiaryNextAction({ ...base, openRound, latestRequest: { ...request, status: 'DRAFT' } }).title).toBe('Hoàn thiện và gửi đề nghị hỗ trợ');
    expect(beneficiaryNextAction({ ...base, openRound, latestRequest: { ...request, status: 'SENT' } }).title).toBe('Chờ xã xem xét đề nghị');
    expect(beneficiaryNextAction({ ...base, openRound, latestRequest: { ...request, status: 'TAKEN' } })).toMatchObject({ title: 'Đề nghị đã vào kế hoạch năm', dueOn: null });
    const refused = beneficiaryNextAction({ ...base, latestRequest: { ...request, status: 'REFUSED', refusalReason: 'Trùng nội dung' } });
    expect(refused.title).toBe('Lập đề nghị hỗ trợ');
    expect(refused.body).toContain('Trùng nội dung');
  });
  it('puts missing acceptance papers first', () => {
    const action = beneficiaryNextAction({ ...base, latestRequest: { ...request, status: 'SENT' }, missingDocuments: [{ projectId: 3, code: 'KCĐP-01', count: 2, dueOn: null }] });
    expect(action.title).toBe('Nộp giấy tờ nghiệm thu còn thiếu');
    expect(action.body).toContain('2 giấy tờ');
  });
});
