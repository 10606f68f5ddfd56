import { describe, expect, it } from 'vitest';
import { dossierItems, dossierNextAction, dossierProgress, handInProblem, type DossierDocument } from './acceptance-dossier';

const at = (n: number) => new Date(Date.UTC(2027, 1, n));
const doc = (id: number, kind: string, review: DossierDocument['review'], day = id): DossierDocument => ({ id, kind, review, uploadedAt: at(day) });
const REQUIRED = ['BIEN_BAN_NGHIEM_THU', 'HOA_DON', 'ANH_LAP_DAT'];

describe('the acceptance dossier', () => {
  it('shows each checklist item with its current file, earlier versions and withdrawn files apart', () => {
    const items = dossierItems(REQUIRED, [doc(1, 'HOA_DON', 'SUPERSEDED'), doc(2, 'HOA_DON', 'UPLOADED'), doc(3, 'BIEN_BAN_NGHIEM_THU', 'WITHDRAWN'), doc(4, 'KHAC', 'UPLOADED')]);
    expect(items.map((i) => [i.kind, i.required, i.present, i.current.map((d) => d.id), i.history.map((d) => d.id)])).toEqual([
      ['BIEN_BAN_NGHIEM_THU', true, false, [], [3]],
      ['HOA_DON', true, true, [2], [1]],
      ['ANH_LAP_DAT', true, false, [], []],
      ['KHAC', false, true, [4], []],
    ]);
    expect(dossierProgress(items)).toEqual({ done: 1, total: 3, percent: 33, text: 'Đã có 1/3 tài liệu' });
    expect(handInProblem(items)).toBe('Còn thiếu 2 tài liệu: Biên bản nghiệm thu; Ảnh chụp máy móc, thiết bị đã lắp đặt.');
  });

  it('counts a document sent back as missing until it is replaced, and says so first', () => {
    const items = dossierItems(REQUIRED, [doc(1, 'BIEN_BAN_NGHIEM_THU', 'ACCEPTED'), doc(2, 'HOA_DON', 'ACCEPTED'), doc(3, 'ANH_LAP_DAT', 'REPLACEMENT_REQUESTED')]);
    expect(dossierProgress(items).percent).toBe(66);
    expect(handInProblem(items)).toBe('Còn 1 tài liệu cần thay thế: Ảnh chụp máy móc, thiết bị đã lắp đặt.');
    expect(dossierNextAction('REPLACEMENT_REQUESTED', items, 'beneficiary')).toMatchObject({ tone: 'warning', text: expect.stringContaining('thay thế 1 tài liệu') });
    expect(dossierNextAction('REPLACEMENT_REQUESTED', items, 'staff').text).toBe('Đang chờ cơ sở thay thế tài liệu theo yêu cầu.');
  });

  it('needs something new to hand in, and tells each reader the next step', () => {
    const handedIn = dossierItems(REQUIRED, [doc(1, 'BIEN_BAN_NGHIEM_THU', 'HANDED_IN'), doc(2, 'HOA_DON', 'HANDED_IN'), doc(3, 'ANH_LAP_DAT', 'HANDED_IN')]);
    expect(handInProblem(handedIn)).toBe('Không có tài liệu mới nào để nộp.');
    expect(dossierNextAction('DOSSIER_SUBMITTED', handedIn, 'staff').text).toBe('Việc cần làm: xem xét 3 tài liệu — chấp nhận hoặc yêu cầu thay thế.');
    expect(dossierNextAction('DOSSIER_SUBMITTED', handedIn, 'beneficiary').text).toBe('Đã nộp hồ sơ. Đang chờ Trung tâm Khuyến công xem xét.');
    const ready = dossierItems(REQUIRED, [doc(1, 'BIEN_BAN_NGHIEM_THU', 'UPLOADED'), doc(2, 'HOA_DON', 'UPLOADED'), doc(3, 'ANH_LAP_DAT', 'UPLOADED')]);
    expect(handInProblem(ready)).toBeNull();
    expect(dossierProgress(ready).percent).toBe(100);
    expect(dossierNextAction('SCHEDULED', ready, 'beneficiary').text).toBe('Việc cần làm: hồ sơ đã đủ, bấm "Nộp hồ sơ" để gửi Trung tâm Khuyến công.');
  });
});
