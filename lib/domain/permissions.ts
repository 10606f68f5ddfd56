// The one permission table: what each role may do. Which rows it may do it on is decided by
// `scopeFor` (lib/domain/scope.ts). Pages, server actions and route handlers all ask `can`.
import type { Actor, Role } from './roles';

export const PERMISSIONS = [
  'home:view',
  'programme:read',
  'programme:edit', // targets, import, amendments
  'programme:approve',
  'plan:open-round', // mở đợt đăng ký kế hoạch
  'plan:read',
  'plan:register', // lập và gửi kế hoạch của xã/đơn vị
  'plan:review', // xem xét từng đề xuất
  'plan:consolidate', // tổng hợp, gửi Sở Tài chính
  'plan:appraise-budget', // Sở Tài chính thẩm định dự toán
  'plan:record-decision', // ghi nhận quyết định UBND
  'project:read',
  'project:edit', // dossier, estimate, documents
  'project:submit',
  'project:appraise',
  'project:approve',
  'project:contract',
  'project:execute', // start, progress, request acceptance
  'project:amend-request',
  'project:amend-decide',
  'project:stop',
  'acceptance:manage',
  'acceptance:upload-dossier', // the beneficiary's own dossier
  'payment:request',
  'payment:send-to-treasury',
  'payment:control', // Kho bạc kiểm soát chi
  'settlement:read', // quyết toán năm: the province's yearly settlement
  'settlement:manage',
  'settlement:approve',
  'repayment:manage',
  'money:read-own', // the beneficiary's own money: advanced, paid, owed, repayments
  'facility:read',
  'facility:edit',
  'facility:verify', // xác minh cơ sở tự đăng ký (xã của mình, hoặc Trung tâm)
  'support-request:apply', // cơ sở lập và gửi đề nghị hỗ trợ của mình
  'decision:read',
  'decision:record',
  'report:read',
  'report:submit',
  'report:review', // Sở Công Thương nhận báo cáo định kỳ: trả lại hoặc chấp nhận
  'norm:read',
  'norm:edit',
  'norm:exception', // ghi nhận ngoại lệ vượt mức chi
  'audit:read',
  'user:manage',
  'system:monitor', // hộp thư đi, tác vụ định kỳ
  'output:record', // kết quả thực hiện của đề án: lớp, học viên, gian hàng, nhãn hiệu
  'inspection:read',
  'inspection:manage', // kế hoạch kiểm tra, kết quả, theo dõi kiến nghị
  'collaborator:read',
  'collaborator:propose', // đề xuất cộng tác viên, ghi hoạt động và thù lao
  'collaborator:approve', // công nhận theo quyết định, cho thôi
  'contest:read', // bình chọn sản phẩm CNNT tiêu biểu
  'contest:manage', // Sở Công Thương: mở cuộc bình chọn, hội đồng, công bố kết quả, chuyển cấp trên
  'contest:forward', // UBND xã gửi sản phẩm của cơ sở trên địa bàn
  'contest:score', // thành viên hội đồng chấm điểm (chỉ khi có tên trong hội đồng)
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL: Permission[] = [
  'home:view',
  'programme:read',
  'plan:read',
  'project:read',
  'facility:read',
  'decision:read',
  'report:read',
  'norm:read',
  'audit:read',
  'contest:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SYSTEM_ADMIN: [...READ_ALL, 'user:manage', 'norm:edit', 'facility:edit', 'system:monitor', 'inspection:read', 'collaborator:read'],
  SCT_LEADER: [
    ...READ_ALL,
    'programme:edit',
    'programme:approve',
    'plan:open-round',
    'plan:review',
    'plan:consolidate',
    'plan:record-decision',
    'plan:register',
    'project:appraise',
    'project:approve',
    'project:amend-decide',
    'project:stop',
    'acceptance:manage',
    'settlement:read',
    'settlement:approve',
    'decision:record',
    'norm:exception',
    'norm:edit',
    'report:submit',
    'report:review',
    'inspection:read',
    'inspection:manage',
    'collaborator:read',
    'collaborator:propose',
    'collaborator:approve',
    'contest:manage',
    'contest:score',
  ],
  TTKC_STAFF: [
    ...READ_ALL,
    'programme:edit',
    'plan:register',
    'plan:review',
    'project:edit',
    'project:submit',
    'project:appraise',
    'project:contract',
    'project:execute',
    'project:amend-request',
    'acceptance:manage',
    'payment:request',
    'payment:send-to-treasury',
    'settlement:read',
    'settlement:manage',
    'repayment:manage',
    'facility:edit',
    'facility:verify',
    'decision:record',
    'report:submit',
    'report:review',
    'output:record',
    'inspection:read',
    'inspection:manage',
    'collaborator:read',
    'collaborator:propose',
    'contest:score',
  ],
  STC_OFFICER: [
    'home:view',
    'programme:read',
    'plan:read',
    'plan:appraise-budget',
    'project:read',
    'facility:read',
    'decision:read',
    'report:read',
    'norm:read',
    'settlement:read',
    'settlement:approve',
    'inspection:read',
    'contest:read',
    'contest:score',
  ],
  KBNN_OFFICER: ['home:view', 'project:read', 'payment:control', 'decision:read'],
  XA_OFFICER: [
    'home:view',
    'programme:read',
    'plan:read',
    'plan:register',
    'project:read',
    'facility:read',
    'facility:edit',
    'facility:verify',
    'decision:read',
    'report:read',
    'report:submit',
    'norm:read',
    'inspection:read',
    'collaborator:read',
    'contest:read',
    'contest:forward',
    'contest:score',
  ],
  BENEFICIARY: ['home:view', 'project:read', 'facility:read', 'acceptance:upload-dossier', 'money:read-own', 'support-request:apply'],
  MINISTRY_OFFICER: ['home:view', 'programme:read', 'project:read', 'decision:read', 'report:read', 'norm:read'],
};

/** Whether the role may perform the action at all; which rows it may touch is `scopeFor`'s job. */
export function can(actor: Pick<Actor, 'role'> | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}
