// What waits for whom on the home page: the state sets behind each work list, named here once so
// the lists change with the lifecycles they read.
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, ROUND_OPEN_STATES, type ConsolidatedPlanStatus } from './lifecycle/plan';
import { PAYMENT_AWAITING_CENTRE_STATES, PAYMENT_AWAITING_TREASURY_STATES, type PaymentStatus } from './lifecycle/payment';
import type { ProjectStatus } from './lifecycle/project';
import type { Permission } from './permissions';
import type { Role } from './roles';

export interface ProjectQueue {
  states: readonly ProjectStatus[];
  title: string;
  hint: string;
}

/** Which đề án states wait for which role's action. */
export const PROJECT_QUEUES: Partial<Record<Role, readonly ProjectQueue[]>> = {
  TTKC_STAFF: [
    { states: ['DRAFT'], title: 'Đề án dự thảo cần hoàn thiện và gửi', hint: 'Hoàn thiện hồ sơ, dự toán rồi gửi đăng ký.' },
    { states: ['SUBMITTED'], title: 'Đề án chờ thẩm định', hint: 'Thẩm định hồ sơ, dự toán và đề xuất mức hỗ trợ.' },
    { states: ['APPROVED'], title: 'Đề án đã phê duyệt, chờ ký hợp đồng', hint: 'Ký hợp đồng với đơn vị thụ hưởng.' },
    { states: ['IN_PROGRESS', 'UNDER_ACCEPTANCE'], title: 'Đề án đang thực hiện / nghiệm thu', hint: 'Theo dõi tiến độ, tổ chức nghiệm thu.' },
  ],
  SCT_LEADER: [
    { states: ['APPRAISED'], title: 'Đề án đã thẩm định, chờ phê duyệt', hint: 'Xem kết quả thẩm định và quyết định phê duyệt.' },
    { states: ['UNDER_ACCEPTANCE'], title: 'Đề án đang nghiệm thu', hint: 'Nghiệm thu cấp Sở.' },
  ],
  XA_OFFICER: [
    { states: ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'], title: 'Đề án đang triển khai trên địa bàn', hint: 'Phối hợp theo dõi, tham gia nghiệm thu.' },
  ],
  BENEFICIARY: [
    { states: ['UNDER_ACCEPTANCE'], title: 'Đề án chờ hồ sơ nghiệm thu của cơ sở', hint: 'Tải lên hoá đơn, hợp đồng, biên bản theo danh mục.' },
    { states: ['CONTRACTED', 'IN_PROGRESS'], title: 'Đề án cơ sở đang thực hiện', hint: 'Thực hiện theo hợp đồng đã ký.' },
  ],
  MINISTRY_OFFICER: [{ states: ['SUBMITTED', 'APPRAISED'], title: 'Đề án KCQG chờ xem xét', hint: 'Đề án khuyến công quốc gia do các địa phương đăng ký.' }],
};

export interface PaymentQueue {
  states: readonly PaymentStatus[];
  title: string;
  hint: string;
}

/** Payment requests waiting for the treasury or for the centre. */
export const PAYMENT_QUEUES: Partial<Record<Role, PaymentQueue>> = {
  KBNN_OFFICER: {
    states: PAYMENT_AWAITING_TREASURY_STATES,
    title: 'Đề nghị thanh toán chờ kiểm soát chi',
    hint: 'Kiểm soát theo dự toán được giao và hợp đồng; chấp nhận hoặc từ chối có lý do.',
  },
  TTKC_STAFF: {
    states: PAYMENT_AWAITING_CENTRE_STATES,
    title: 'Đề nghị tạm ứng/thanh toán chưa gửi hoặc bị từ chối',
    hint: 'Hoàn thiện chứng từ và gửi Kho bạc.',
  },
};

export interface RoundStep {
  status: ConsolidatedPlanStatus;
  permission: Permission;
  title: string;
  hint: string;
  /** Page of the year's plan where the step is done. */
  path: string;
}

const ROUND_EVENTS = CONSOLIDATED_PLAN_LIFECYCLE.events;

/**
 * Each open step of the year's plan and who must act on it: the holders of the permission of the
 * event that moves the plan on from there (the units send their plans while registration is open),
 * read from the lifecycle tables so that the home page asks whoever the use case lets act.
 */
export const ROUND_STEPS: readonly RoundStep[] = [
  { status: 'REGISTRATION_OPEN', permission: ANNUAL_PLAN_LIFECYCLE.events.submit.permission, title: 'Đợt đăng ký kế hoạch đang mở', hint: 'Lập và gửi kế hoạch khuyến công của đơn vị trước hạn.', path: '' },
  { status: 'CONSOLIDATING', permission: ROUND_EVENTS.sendToFinance.permission, title: 'Kế hoạch chờ tổng hợp', hint: 'Xem xét đề xuất, tổng hợp và gửi Sở Tài chính.', path: '/tong-hop' },
  { status: 'BUDGET_APPRAISAL', permission: ROUND_EVENTS.approveBudget.permission, title: 'Dự toán chờ Sở Tài chính thẩm định', hint: 'Thẩm định kinh phí từng đề án trong trần ngân sách năm.', path: '/kinh-phi' },
  { status: 'BUDGET_APPROVED', permission: ROUND_EVENTS.recordDecision.permission, title: 'Kế hoạch chờ ghi nhận quyết định UBND', hint: 'Ghi nhận quyết định phê duyệt để các đề án được triển khai.', path: '/quyet-dinh' },
];

/** Round statuses the home page looks at (every step above). */
export const ROUND_STEP_STATES: readonly ConsolidatedPlanStatus[] = ROUND_OPEN_STATES;
