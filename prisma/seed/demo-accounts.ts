// The demo accounts, one list for the seed, the README and the Playwright tests. Kept free of
// database imports so tests can read it cheaply. The people are invented.
import type { Role } from '../generated/client/enums';

/** Password of every demo account. Demo data only: change or deactivate these accounts in production. */
export const DEMO_PASSWORD = 'KhuyenCong@2026';

export interface DemoAccount {
  username: string;
  role: Role;
  fullName: string;
  /** Tenant: 'HP' Hải Phòng, 'LD' Lâm Đồng, null for the ministry. */
  province: 'HP' | 'LD' | null;
  /** What the account sees and does, in Vietnamese (for the README and the login page hint). */
  sees: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'SYSTEM_ADMIN', fullName: 'Nguyễn Quang Huy', province: 'HP', sees: 'Quản trị hệ thống Hải Phòng: tài khoản, mức chi, tham số; xem toàn bộ dữ liệu của thành phố.' },
  { username: 'sct.lanhdao', role: 'SCT_LEADER', fullName: 'Trần Thị Thu Hà', province: 'HP', sees: 'Lãnh đạo Sở Công Thương Hải Phòng: toàn bộ chương trình, kế hoạch, đề án; thẩm định, phê duyệt, nghiệm thu, quyết toán.' },
  { username: 'ttkc.canbo', role: 'TTKC_STAFF', fullName: 'Phạm Văn Đức', province: 'HP', sees: 'Cán bộ Trung tâm Khuyến công: lập hồ sơ, dự toán đề án, ký hợp đồng, đề nghị tạm ứng, thanh toán, tổ chức nghiệm thu.' },
  { username: 'stc.canbo', role: 'STC_OFFICER', fullName: 'Lê Thị Mai Anh', province: 'HP', sees: 'Cán bộ Sở Tài chính: xem kế hoạch, đề án của thành phố; thẩm định dự toán và quyết toán.' },
  { username: 'khobac.canbo', role: 'KBNN_OFFICER', fullName: 'Vũ Minh Tuấn', province: 'HP', sees: 'Cán bộ Kho bạc Nhà nước khu vực III: chỉ các đề nghị tạm ứng, thanh toán gửi Kho bạc và đề án liên quan; kiểm soát chi.' },
  { username: 'xa.namsach', role: 'XA_OFFICER', fullName: 'Nguyễn Thị Hồng Nhung', province: 'HP', sees: 'Cán bộ UBND xã Nam Sách: cơ sở, đề án và kế hoạch trên địa bàn xã Nam Sách.' },
  { username: 'xa.vinhbao', role: 'XA_OFFICER', fullName: 'Đỗ Văn Long', province: 'HP', sees: 'Cán bộ UBND xã Vĩnh Bảo: cơ sở, đề án và kế hoạch trên địa bàn xã Vĩnh Bảo.' },
  { username: 'coso.demo', role: 'BENEFICIARY', fullName: 'Bùi Văn Toàn', province: 'HP', sees: 'Giám đốc Hợp tác xã Chế biến nông sản Đồng Lạc (xã Nam Sách): chỉ cơ sở của mình và đề án cơ sở được hỗ trợ.' },
  { username: 'coso.khac', role: 'BENEFICIARY', fullName: 'Hoàng Văn Phúc', province: 'HP', sees: 'Giám đốc Công ty TNHH Đồ gỗ mỹ nghệ Vĩnh Bảo (xã Vĩnh Bảo): chỉ cơ sở của mình và đề án nhóm có cơ sở tham gia.' },
  { username: 'bocongthuong', role: 'MINISTRY_OFFICER', fullName: 'Đặng Thị Lan Phương', province: null, sees: 'Cán bộ Bộ Công Thương (Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công): chỉ xem đề án khuyến công quốc gia của mọi tỉnh, thành phố.' },
  { username: 'ld.sct', role: 'SCT_LEADER', fullName: 'Nguyễn Đức Thịnh', province: 'LD', sees: 'Lãnh đạo Sở Công Thương Lâm Đồng: chỉ dữ liệu tỉnh Lâm Đồng, không thấy dữ liệu Hải Phòng.' },
  { username: 'ld.khobac', role: 'KBNN_OFFICER', fullName: 'Lê Văn Sơn', province: 'LD', sees: 'Cán bộ Kho bạc Nhà nước khu vực XIV (Lâm Đồng): kiểm soát chi các đề nghị của Trung tâm Khuyến công Lâm Đồng.' },
  { username: 'ld.ttkc', role: 'TTKC_STAFF', fullName: 'Trần Thị Ngọc Bích', province: 'LD', sees: 'Cán bộ Trung tâm Khuyến công Lâm Đồng: đề án, hỗ trợ có thu hồi và lịch hoàn trả của tỉnh Lâm Đồng.' },
];
