// The home page's work lists: which đề án, payments and plan rounds wait for which role. The
// expected tables are written out by hand from DOMAIN.md, so a state dropped from a list (a đề án
// that silently stops showing up on someone's home page) fails here by name.
import { describe, expect, it } from 'vitest';
import { CONSOLIDATED_PLAN_LIFECYCLE } from './lifecycle/plan';
import { can } from './permissions';
import { ALL_ROLES, type Role } from './roles';
import { PAYMENT_QUEUES, PROJECT_QUEUES, ROUND_STEP_STATES, ROUND_STEPS } from './work-queues';

describe('đề án work lists', () => {
  it('lists, for each role, the states that wait for it, in the order shown', () => {
    const states = Object.fromEntries(Object.entries(PROJECT_QUEUES).map(([role, groups]) => [role, groups.map((g) => [...g.states])]));
    expect(states).toEqual({
      TTKC_STAFF: [['DRAFT'], ['SUBMITTED'], ['APPROVED'], ['IN_PROGRESS', 'UNDER_ACCEPTANCE']],
      SCT_LEADER: [['APPRAISED'], ['UNDER_ACCEPTANCE']],
      XA_OFFICER: [['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE']],
      BENEFICIARY: [['UNDER_ACCEPTANCE'], ['CONTRACTED', 'IN_PROGRESS']],
      MINISTRY_OFFICER: [['SUBMITTED', 'APPRAISED']],
    });
  });

  it('shows no đề án list to roles with no đề án step of their own', () => {
    for (const role of ['SYSTEM_ADMIN', 'STC_OFFICER', 'KBNN_OFFICER'] as const) expect(PROJECT_QUEUES[role]).toBeUndefined();
  });

  it('names each list with its own title and a hint of what to do', () => {
    for (const groups of Object.values(PROJECT_QUEUES)) {
      const titles = groups.map((g) => g.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const g of groups) {
        expect(g.title.trim().length).toBeGreaterThan(10);
        expect(g.hint.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('titles the Trung tâm and Sở lists by what waits', () => {
    expect(PROJECT_QUEUES.TTKC_STAFF?.map((g) => g.title)).toEqual([
      'Đề án dự thảo cần hoàn thiện và gửi',
      'Đề án chờ thẩm định',
      'Đề án đã phê duyệt, chờ ký hợp đồng',
      'Đề án đang thực hiện / nghiệm thu',
    ]);
    expect(PROJECT_QUEUES.SCT_LEADER?.map((g) => g.title)).toEqual(['Đề án đã thẩm định, chờ phê duyệt', 'Đề án đang nghiệm thu']);
    expect(PROJECT_QUEUES.BENEFICIARY?.[0]?.title).toBe('Đề án chờ hồ sơ nghiệm thu của cơ sở');
    expect(PROJECT_QUEUES.XA_OFFICER?.[0]?.title).toBe('Đề án đang triển khai trên địa bàn');
    expect(PROJECT_QUEUES.MINISTRY_OFFICER?.[0]?.title).toBe('Đề án KCQG chờ xem xét');
  });
});

describe('payment work lists', () => {
  it('gives the Kho bạc the requests sent to it and the Trung tâm the drafts and refusals', () => {
    expect([...(PAYMENT_QUEUES.KBNN_OFFICER?.states ?? [])]).toEqual(['SENT_TO_TREASURY']);
    expect([...(PAYMENT_QUEUES.TTKC_STAFF?.states ?? [])]).toEqual(['DRAFT', 'REFUSED']);
  });

  it('shows no payment list to anyone else', () => {
    const withList = ALL_ROLES.filter((r) => PAYMENT_QUEUES[r] !== undefined);
    expect(withList.sort()).toEqual(['KBNN_OFFICER', 'TTKC_STAFF']);
  });

  it('titles both lists', () => {
    expect(PAYMENT_QUEUES.KBNN_OFFICER?.title).toBe('Đề nghị thanh toán chờ kiểm soát chi');
    expect(PAYMENT_QUEUES.TTKC_STAFF?.title).toBe('Đề nghị tạm ứng/thanh toán chưa gửi hoặc bị từ chối');
    expect(PAYMENT_QUEUES.KBNN_OFFICER?.hint).toContain('Kiểm soát');
    expect(PAYMENT_QUEUES.TTKC_STAFF?.hint).toContain('Kho bạc');
  });
});

describe('plan round steps', () => {
  it('asks, at each open step, the holder of that step’s permission', () => {
    const expected: Record<string, [string, string]> = {
      REGISTRATION_OPEN: ['plan:register', ''],
      CONSOLIDATING: ['plan:consolidate', '/tong-hop'],
      BUDGET_APPRAISAL: ['plan:appraise-budget', '/kinh-phi'],
      BUDGET_APPROVED: ['plan:record-decision', '/quyet-dinh'],
    };
    expect(Object.fromEntries(ROUND_STEPS.map((s) => [s.status, [s.permission, s.path]]))).toEqual(expected);
  });

  it('asks, once registration is closed, people who can move the round on from its status', () => {
    for (const step of ROUND_STEPS.filter((s) => s.status !== 'REGISTRATION_OPEN')) {
      const moves = Object.values(CONSOLIDATED_PLAN_LIFECYCLE.events).filter((e) => e.from.includes(step.status) && e.permission === step.permission);
      expect(moves, step.status).not.toEqual([]);
    }
  });

  it('gives the budget appraisal step to the Sở Tài chính only', () => {
    const step = ROUND_STEPS.find((s) => s.status === 'BUDGET_APPRAISAL');
    expect(step).toBeDefined();
    const roles: Role[] = ALL_ROLES.filter((r) => can({ role: r }, step!.permission));
    expect(roles).toEqual(['STC_OFFICER']);
  });

  it('leaves no step without a role to act on it', () => {
    for (const step of ROUND_STEPS) expect(ALL_ROLES.some((r) => can({ role: r }, step.permission))).toBe(true);
  });

  it('titles each step and says what to do', () => {
    const titles = ROUND_STEPS.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const s of ROUND_STEPS) expect(s.hint.trim().length).toBeGreaterThan(10);
    expect(titles[0]).toBe('Đợt đăng ký kế hoạch đang mở');
    expect(titles[3]).toBe('Kế hoạch chờ ghi nhận quyết định UBND');
  });

  it('loads exactly the rounds of the steps above', () => {
    expect([...ROUND_STEP_STATES].sort()).toEqual(ROUND_STEPS.map((s) => s.status).sort());
  });
});
