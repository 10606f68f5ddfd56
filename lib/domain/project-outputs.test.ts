import { describe, expect, it } from 'vitest';
import { defaultOutputKind, outputContribution, outputMeasureForUnit, parseParticipantRows, participantIssueText } from './project-outputs';

describe('which targets count recorded outputs', () => {
  // Units without a measure are left to the đề án count (null).
  it.each([
    ['Người', 'PARTICIPANTS'],
    ['Học viên', 'PARTICIPANTS'],
    ['Lớp', 'CLASSES'],
    ['Gian hàng', 'BOOTHS'],
    ['Nhãn hiệu', 'MARKS'],
    ['Cơ sở', null],
    ['Mô hình', null],
    [null, null],
  ])('maps the quantity unit %s to its measure: %s', (unit, measure) => {
    expect(outputMeasureForUnit(unit)).toBe(measure);
  });

  it('counts a class as one class and as its participants, and nothing toward booths', () => {
    const cls = { kind: 'TRAINING_CLASS' as const, quantity: 1, participants: 40 };
    expect(outputContribution('PARTICIPANTS', cls)).toBe(40);
    expect(outputContribution('CLASSES', cls)).toBe(1);
    expect(outputContribution('BOOTHS', cls)).toBe(0);
    expect(outputContribution('BOOTHS', { kind: 'FAIR_BOOTHS', quantity: 6, participants: 0 })).toBe(6);
    expect(outputContribution('MARKS', { kind: 'BRAND_FILING', quantity: 2, participants: 0 })).toBe(2);
    expect(outputContribution('PARTICIPANTS', { kind: 'FAIR_BOOTHS', quantity: 6, participants: 0 })).toBe(0);
  });
});

describe('the kind the form proposes', () => {
  it('follows the target unit, then the content', () => {
    expect(defaultOutputKind('Người', 'KC01')).toBe('TRAINING_CLASS');
    expect(defaultOutputKind('Gian hàng', 'KC01')).toBe('FAIR_BOOTHS');
    expect(defaultOutputKind(null, 'KC04.3')).toBe('FAIR_BOOTHS');
    expect(defaultOutputKind('Nhãn hiệu', 'KC04.6')).toBe('BRAND_FILING');
    expect(defaultOutputKind(null, 'KC04.4')).toBe('BRAND_FILING');
    expect(defaultOutputKind(null, 'KC02.1')).toBe('TRAINING_CLASS');
  });
});

describe('participant list', () => {
  const row = (n: number, cells: (string | number | null)[]) => ({ row: n, cells });

  it('reads good rows and skips empty ones', () => {
    const { participants, issues } = parseParticipantRows(
      [row(2, [1, 'Nguyễn Văn An', 1985, 'Nam', 'HTX Gốm Chu Đậu', '0912 345 678']), row(3, [null, null, null, null, null, null]), row(4, [2, 'Trần Thị Bình', null, 'nữ', null, null])],
      2026,
    );
    expect(issues).toEqual([]);
    expect(participants).toEqual([
      { rowNo: 2, fullName: 'Nguyễn Văn An', birthYear: 1985, gender: 'Nam', workplace: 'HTX Gốm Chu Đậu', phone: '0912345678' },
      { rowNo: 4, fullName: 'Trần Thị Bình', birthYear: null, gender: 'Nữ', workplace: null, phone: null },
    ]);
  });

  it('names the row and the column of each problem', () => {
    const { issues } = parseParticipantRows([row(2, [1, 'An', 1985, 'Nam', null, null]), row(3, [2, null, 'năm 90', 'X', null, 'abc'])], 2026);
    expect(issues.map(participantIssueText)).toEqual([
      'Dòng 3, cột "Họ và tên": chưa nhập họ và tên',
      expect.stringMatching(/^Dòng 3, cột "Năm sinh": /),
      'Dòng 3, cột "Giới tính": "X" phải là Nam hoặc Nữ',
      'Dòng 3, cột "Điện thoại": "abc" không phải số điện thoại',
    ]);
  });

  it('refuses a birth year that makes a child or a centenarian of the learner, at the limits', () => {
    expect(parseParticipantRows([row(2, [1, 'An', 2012, null, null, null])], 2026).issues).toEqual([]);
    expect(parseParticipantRows([row(2, [1, 'An', 2013, null, null, null])], 2026).issues).toHaveLength(1);
    expect(parseParticipantRows([row(2, [1, 'An', 1926, null, null, null])], 2026).issues).toEqual([]);
    expect(parseParticipantRows([row(2, [1, 'An', 1925, null, null, null])], 2026).issues).toHaveLength(1);
  });

  it('refuses an empty list', () => {
    expect(parseParticipantRows([], 2026).issues.map(participantIssueText)).toEqual(['Dòng 2, cột "Họ và tên": danh sách chưa có học viên nào']);
  });
});
