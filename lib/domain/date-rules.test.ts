import { describe, expect, it } from 'vitest';
import { acceptanceHeldProblems, acceptanceScheduleProblems, contractDateProblems, decisionDateProblems, projectPeriodProblems, regimeOf, rulesDateOf, vietnamToday } from './date-rules';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-30');

describe('date rules (issue 12 items 3 and 7)', () => {
  it('keeps a đề án inside its year; an amendment may reach into the next year', () => {
    expect(projectPeriodProblems({ year: 2026, startDate: d('2026-03-01'), endDate: d('2026-12-31') })).toEqual({});
    expect(projectPeriodProblems({ year: 2026, startDate: d('2019-03-15'), endDate: d('2019-06-01') })).toEqual({
      startDate: 'Ngày bắt đầu (15/03/2019) phải trong năm 2026 của đề án',
      endDate: 'Ngày kết thúc (01/06/2019) phải trong năm 2026 của đề án (kéo dài sang năm sau qua điều chỉnh)',
    });
    expect(projectPeriodProblems({ year: 2026, startDate: d('2026-03-01'), endDate: d('2027-03-31') }, { amendment: true })).toEqual({});
    expect(Object.keys(projectPeriodProblems({ year: 2026, startDate: d('2026-03-01'), endDate: d('2028-01-01') }, { amendment: true }))).toEqual(['endDate']);
    expect(projectPeriodProblems({ year: 2026, startDate: d('2026-05-01'), endDate: d('2026-04-30') })).toEqual({ endDate: 'Ngày kết thúc phải sau ngày bắt đầu' });
  });

  it('refuses decisions dated in the future, today included as the last good day', () => {
    expect(decisionDateProblems(today, today)).toEqual({});
    expect(decisionDateProblems(d('2030-12-31'), today)).toEqual({ 'decision.issuedOn': 'Ngày ban hành quyết định (31/12/2030) không được sau ngày hôm nay (30/11/2026)' });
  });

  it('signs contracts after approval and not in the future', () => {
    const approvedOn = d('2026-02-26');
    expect(contractDateProblems({ signedOn: d('2026-02-26'), startDate: null, endDate: null }, { approvedOn, today })).toEqual({});
    expect(contractDateProblems({ signedOn: d('2000-01-01'), startDate: null, endDate: null }, { approvedOn, today })).toEqual({ signedOn: 'Ngày ký hợp đồng (01/01/2000) không được trước ngày phê duyệt đề án (26/02/2026)' });
    expect(contractDateProblems({ signedOn: d('2026-12-01'), startDate: null, endDate: null }, { approvedOn, today }).signedOn).toMatch(/không được sau ngày hôm nay/);
  });

  it('schedules and holds acceptance after the contract', () => {
    const ctx = { contractSignedOn: d('2026-03-18'), projectStart: d('2026-03-23') };
    expect(acceptanceScheduleProblems(d('2001-01-01'), ctx)).toEqual({ scheduledOn: 'Ngày nghiệm thu (01/01/2001) không được trước ngày ký hợp đồng (18/03/2026)' });
    expect(acceptanceScheduleProblems(d('2026-12-05'), ctx)).toEqual({});
    expect(acceptanceHeldProblems(d('2026-12-05'), { ...ctx, today }).heldOn).toMatch(/không được sau ngày hôm nay/);
  });

  it('takes the rules of the đề án’s own dates, not today’s', () => {
    expect(regimeOf({ year: 2022, startDate: d('2022-04-01'), approvedOn: null }, today)).toBe('ND45_2012');
    expect(regimeOf({ year: 2022, startDate: null, approvedOn: null }, today)).toBe('ND45_2012');
    expect(regimeOf({ year: 2026, startDate: d('2026-03-01'), approvedOn: null }, today)).toBe('ND235_2025');
    expect(regimeOf({ year: 2025, startDate: d('2025-11-01'), approvedOn: d('2025-09-30') }, today)).toBe('ND45_2012');
    expect(rulesDateOf({ year: 2028, startDate: d('2028-02-01'), approvedOn: null }, today)).toEqual(today);
  });

  it('reads today in Vietnam time', () => {
    expect(vietnamToday(new Date('2026-11-30T18:00:00Z'))).toEqual(d('2026-12-01'));
  });
});
