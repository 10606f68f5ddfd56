// Main menu. An item shows only when the role has its permission; the page checks again on the server.
import type { Permission } from './permissions';

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Việc cần xử lý', permission: 'home:view' },
  { href: '/chuong-trinh', label: 'Chương trình', permission: 'programme:read' },
  { href: '/ke-hoach', label: 'Kế hoạch năm', permission: 'plan:read' },
  { href: '/de-an', label: 'Đề án', permission: 'project:read' },
  { href: '/bao-cao', label: 'Báo cáo', permission: 'report:read' },
  { href: '/binh-chon', label: 'Bình chọn sản phẩm', permission: 'contest:read' },
  { href: '/quyet-dinh', label: 'Quyết định', permission: 'decision:read' },
  { href: '/kho-bac', label: 'Kiểm soát chi', permission: 'payment:control' },
  { href: '/quyet-toan', label: 'Quyết toán năm', permission: 'settlement:approve' },
  { href: '/thu-hoi', label: 'Thu hồi hỗ trợ', permission: 'repayment:manage' },
  { href: '/co-so', label: 'Cơ sở CNNT', permission: 'facility:read' },
  { href: '/dinh-muc', label: 'Định mức', permission: 'norm:read' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'user:manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', permission: 'user:manage' },
  { href: '/quan-tri/thu-di', label: 'Hộp thư đi', permission: 'system:monitor' },
  { href: '/quan-tri/tac-vu', label: 'Tác vụ định kỳ', permission: 'system:monitor' },
];
