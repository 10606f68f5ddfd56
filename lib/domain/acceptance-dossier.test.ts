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

describe('the acceptance dossier, remaining cases', () => {
  it('orders current versions oldest first and the record newest first', () => {
    const [item] = dossierItems(['HOA_DON'], [doc(1, 'HOA_DON', 'SUPERSEDED', 1), doc(2, 'HOA_DON', 'UPLOADED', 5), doc(3, 'HOA_DON', 'WITHDRAWN', 3), doc(4, 'HOA_DON', 'HANDED_IN', 2)]);
    expect(item?.current.map((d) => d.id)).toEqual([4, 2]);
    expect(item?.history.map((d) => d.id)).toEqual([3, 1]);
    expect(item?.label).toBe('Hoá đơn tài chính');
  });

  it('lists each extra kind once, after the checklist', () => {
    const items = dossierItems(['HOA_DON'], [doc(1, 'KHAC', 'UPLOADED'), doc(2, 'KHAC', 'UPLOADED'), doc(3, 'HOA_DON', 'UPLOADED')]);
    expect(items.map((i) => [i.kind, i.required])).toEqual([
      ['HOA_DON', true],
      ['KHAC', false],
    ]);
  });

  it('counts an item with a sent-back and a new version as present but still to replace', () => {
    const [item] = dossierItems(['HOA_DON'], [doc(1, 'HOA_DON', 'REPLACEMENT_REQUESTED'), doc(2, 'HOA_DON', 'UPLOADED')]);
    expect(item).toMatchObject({ present: true, needsReplacement: true });
    expect(dossierProgress(item ? [item] : [])).toMatchObject({ done: 0, total: 1, percent: 0 });
  });

  it('shows a full bar for a content with no checklist, and counts only required items', () => {
    expect(dossierProgress([])).toEqual({ done: 0, total: 0, percent: 100, text: 'Đã có 0/0 tài liệu' });
    const items = dossierItems([], [doc(1, 'KHAC', 'UPLOADED')]);
    expect(dossierProgress(items).total).toBe(0);
    expect(handInProblem(items)).toBeNull();
  });

  it('asks the beneficiary for what is missing, and tells staff the facility is preparing', () => {
    const items = dossierItems(REQUIRED, [doc(1, 'HOA_DON', 'UPLOADED')]);
    expect(dossierNextAction('SCHEDULED', items, 'beneficiary')).toEqual({
      tone: 'warning',
      text: 'Việc cần làm: tải lên tài liệu còn thiếu. Còn thiếu 2 tài liệu: Biên bản nghiệm thu; Ảnh chụp máy móc, thiết bị đã lắp đặt.',
    });
    for (const reader of ['staff', 'other'] as const) expect(dossierNextAction('SCHEDULED', items, reader)).toEqual({ tone: 'info', text: 'Cơ sở đang chuẩn bị hồ sơ nghiệm thu.' });
    expect(dossierNextAction('REPLACEMENT_REQUESTED', items, 'other')).toEqual({ tone: 'info', text: 'Đang chờ cơ sở thay thế tài liệu theo yêu cầu.' });
  });

  it('gives every reader but staff the waiting message once handed in', () => {
    expect(dossierNextAction('DOSSIER_SUBMITTED', [], 'other')).toEqual({ tone: 'info', text: 'Đã nộp hồ sơ. Đang chờ Trung tâm Khuyến công xem xét.' });
    expect(dossierNextAction('DOSSIER_SUBMITTED', [], 'staff')).toEqual({ tone: 'warning', text: 'Việc cần làm: xem xét 0 tài liệu — chấp nhận hoặc yêu cầu thay thế.' });
  });

  it('tells staff to hold the acceptance once the dossier is accepted, and others to wait', () => {
    expect(dossierNextAction('DOSSIER_ACCEPTED', [], 'staff')).toEqual({ tone: 'success', text: 'Hồ sơ đã được chấp nhận: tổ chức nghiệm thu và ghi kết quả trên trang đề án.' });
    for (const reader of ['beneficiary', 'other'] as const) {
      expect(dossierNextAction('DOSSIER_ACCEPTED', [], reader)).toEqual({ tone: 'success', text: 'Hồ sơ nghiệm thu đã được chấp nhận. Trung tâm sẽ báo lịch hội đồng nghiệm thu.' });
    }
  });

  it('reports the result of the round to everyone', () => {
    for (const reader of ['beneficiary', 'staff', 'other'] as const) {
      expect(dossierNextAction('PASSED', [], reader)).toEqual({ tone: 'success', text: 'Đề án đã nghiệm thu đạt.' });
      expect(dossierNextAction('FAILED', [], reader)).toEqual({ tone: 'danger', text: 'Nghiệm thu chưa đạt: xem nhận xét của hội đồng trên trang đề án.' });
    }
  });
});
