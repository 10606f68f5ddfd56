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
  { href: '/quyet-toan', label: 'Quyết toán năm', permission: 'settlement:read' },
  { href: '/tien-ho-tro', label: 'Tiền hỗ trợ', permission: 'money:read-own' },
  { href: '/thu-hoi', label: 'Thu hồi hỗ trợ', permission: 'repayment:manage' },
  { href: '/de-nghi-ho-tro', label: 'Đề nghị hỗ trợ', permission: 'support-request:apply' },
  { href: '/de-nghi-ho-tro#co-so', label: 'Đề nghị của cơ sở', permission: 'plan:register' },
  { href: '/co-so', label: 'Cơ sở CNNT', permission: 'facility:read' },
  { href: '/kiem-tra', label: 'Kiểm tra, giám sát', permission: 'inspection:read' },
  { href: '/cong-tac-vien', label: 'Cộng tác viên', permission: 'collaborator:read' },
  { href: '/dinh-muc', label: 'Định mức', permission: 'norm:read' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'user:manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', permission: 'user:manage' },
  { href: '/quan-tri/api-du-lieu-mo', label: 'API dữ liệu mở', permission: 'user:manage' },
  { href: '/quan-tri/thu-di', label: 'Hộp thư đi', permission: 'system:monitor' },
  { href: '/quan-tri/tac-vu', label: 'Tác vụ định kỳ', permission: 'system:monitor' },
];
