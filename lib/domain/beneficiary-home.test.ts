import { describe, expect, it } from 'vitest';
import { beneficiaryNextAction, type BeneficiaryFacts } from './beneficiary-home';

const base: BeneficiaryFacts = { verification: 'VERIFIED', verificationNote: null, adminUnitName: 'xã An Lão', dossiers: [], latestRequest: null, openRound: null };
const round = { projectId: 3, code: 'KCĐP-01', acceptanceId: 9, missing: 0, toReplace: 0, dueOn: null };
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
  it('puts the acceptance dossier first while it is the facility’s turn: replace, then missing papers, then hand in', () => {
    const sent = { ...request, status: 'SENT' as const };
    const missing = beneficiaryNextAction({ ...base, latestRequest: sent, dossiers: [{ ...round, status: 'SCHEDULED', missing: 2 }] });
    expect(missing).toMatchObject({ title: 'Nộp giấy tờ nghiệm thu còn thiếu', href: '/de-an/3/nghiem-thu/9' });
    expect(missing.body).toContain('2 giấy tờ');
    const redo = beneficiaryNextAction({ ...base, dossiers: [{ ...round, status: 'SCHEDULED', missing: 1 }, { ...round, projectId: 4, acceptanceId: 10, status: 'REPLACEMENT_REQUESTED', toReplace: 1 }] });
    expect(redo).toMatchObject({ title: 'Thay thế giấy tờ nghiệm thu theo yêu cầu', href: '/de-an/4/nghiem-thu/10' });
    expect(beneficiaryNextAction({ ...base, latestRequest: sent, dossiers: [{ ...round, status: 'SCHEDULED' }] }).title).toBe('Nộp hồ sơ nghiệm thu');
    expect(beneficiaryNextAction({ ...base, dossiers: [{ ...round, status: 'REPLACEMENT_REQUESTED' }] }).title).toBe('Nộp hồ sơ nghiệm thu');
  });
  it('waits for the Trung tâm after the hand-in, after anything the facility itself still has to do', () => {
    const waiting = [{ ...round, status: 'DOSSIER_SUBMITTED' as const }];
    expect(beneficiaryNextAction({ ...base, dossiers: waiting }).title).toBe('Chờ Trung tâm xem xét hồ sơ nghiệm thu');
    expect(beneficiaryNextAction({ ...base, dossiers: waiting, latestRequest: { ...request, status: 'DRAFT' } }).title).toBe('Hoàn thiện và gửi đề nghị hỗ trợ');
    // An accepted dossier needs nothing from the facility.
    expect(beneficiaryNextAction({ ...base, dossiers: [{ ...round, status: 'DOSSIER_ACCEPTED' }] }).title).toBe('Lập đề nghị hỗ trợ');
  });
  it('follows a request taken into a plan to the đề án made of it', () => {
    const made = beneficiaryNextAction({ ...base, latestRequest: { ...request, status: 'TAKEN', project: { id: 12, code: 'KCĐP-2028-004', status: 'ACCEPTED' } } });
    expect(made).toMatchObject({ title: 'Đề nghị đã thành đề án', href: '/de-an/12', tone: 'success' });
    expect(made.body).toBe('Đề nghị “Máy dệt” đã thành đề án KCĐP-2028-004: đã nghiệm thu, chờ thanh toán.');
  });
});
