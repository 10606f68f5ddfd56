// A few notices per demo user, pointing at real pages, so the bell is not empty on first login.
import { formatVndPlain } from '../../lib/domain/money';
import type { SeedTx } from './types';
import { at, need } from './util';

export async function seedNotifications(tx: SeedTx, users: ReadonlyMap<string, number>, projects: ReadonlyMap<string, number>): Promise<void> {
  const user = (username: string) => need(users, username, 'user');
  const project = (key: string) => `/de-an/${need(projects, key, 'project')}`;
  const advance = await tx.paymentRequest.findFirstOrThrow({
    where: { projectId: need(projects, 'HP:KCĐP-2026-002', 'project'), kind: 'ADVANCE', status: 'PAID' },
    select: { amountVnd: true },
  });

  const notices: { username: string; title: string; body?: string; link: string | null; createdAt: string; read?: boolean }[] = [
    { username: 'ttkc.canbo', title: 'Kho bạc từ chối đề nghị tạm ứng đề án KCĐP-2026-005', body: 'Hợp đồng mua sắm giá trị trên 50.000.000 đồng chưa được gửi Kho bạc; bổ sung hồ sơ rồi gửi lại.', link: project('HP:KCĐP-2026-005'), createdAt: '2026-11-06' },
    { username: 'ttkc.canbo', title: 'Đề án KCĐP-2026-008 đã đăng ký, chờ thẩm định', link: project('HP:KCĐP-2026-008'), createdAt: '2026-10-20' },
    { username: 'ttkc.canbo', title: 'Kho bạc đã chi tạm ứng đề án KCĐP-2026-002', link: project('HP:KCĐP-2026-002'), createdAt: '2026-04-06', read: true },
    { username: 'sct.lanhdao', title: 'Đề án KCĐP-2026-007 đã thẩm định đạt, chờ phê duyệt', link: project('HP:KCĐP-2026-007'), createdAt: '2026-07-20' },
    { username: 'sct.lanhdao', title: 'Đề nghị điều chỉnh thời gian đề án KCĐP-2026-002', body: 'Trung tâm Khuyến công đề nghị lùi thời hạn hoàn thành đến 20/12/2026.', link: project('HP:KCĐP-2026-002'), createdAt: '2026-11-12' },
    { username: 'sct.lanhdao', title: 'Đề án KCQG-2026-001 đề nghị nghiệm thu', link: project('HP:KCQG-2026-001'), createdAt: '2026-11-09' },
    { username: 'stc.canbo', title: 'Báo cáo quyết toán đề án KCĐP-2026-003 chờ thẩm định', link: project('HP:KCĐP-2026-003'), createdAt: '2026-11-06' },
    { username: 'khobac.canbo', title: 'Đề nghị thanh toán đề án KCĐP-2026-001 chờ kiểm soát chi', link: project('HP:KCĐP-2026-001'), createdAt: '2026-11-16' },
    { username: 'xa.namsach', title: 'Hướng dẫn đăng ký kế hoạch khuyến công năm 2027', body: 'Sở Công Thương hướng dẫn UBND các xã, đặc khu đăng ký kế hoạch khuyến công năm 2027.', link: '/ke-hoach', createdAt: '2026-11-02' },
    { username: 'xa.namsach', title: 'Đề án KCĐP-2026-008 trên địa bàn xã đã được đăng ký', link: project('HP:KCĐP-2026-008'), createdAt: '2026-10-20' },
    { username: 'xa.vinhbao', title: 'Hướng dẫn đăng ký kế hoạch khuyến công năm 2027', body: 'Sở Công Thương hướng dẫn UBND các xã, đặc khu đăng ký kế hoạch khuyến công năm 2027.', link: '/ke-hoach', createdAt: '2026-11-02' },
    { username: 'xa.vinhbao', title: 'Đề án KCĐP-2026-004 đã ký hợp đồng', link: project('HP:KCĐP-2026-004'), createdAt: '2026-10-26' },
    { username: 'coso.demo', title: `Kho bạc đã chi tạm ứng ${formatVndPlain(advance.amountVnd)} đồng cho đề án KCĐP-2026-002`, link: project('HP:KCĐP-2026-002'), createdAt: '2026-04-06' },
    { username: 'coso.khac', title: 'Đề án KCĐP-2026-001 đã nghiệm thu đạt', link: project('HP:KCĐP-2026-001'), createdAt: '2026-11-05' },
    { username: 'bocongthuong', title: 'Hải Phòng: đề án KCQG-2026-001 đề nghị nghiệm thu', link: project('HP:KCQG-2026-001'), createdAt: '2026-11-09' },
    { username: 'ld.sct', title: 'Công ty TNHH Cà phê Di Linh Xanh đã hoàn trả kỳ 2 kinh phí hỗ trợ có thu hồi', link: project('LD:KCĐP-2024-003'), createdAt: '2026-06-29' },
    { username: 'ld.ttkc', title: 'Đề án KCQG-2026-001 đã được Bộ Công Thương giao kế hoạch', link: project('LD:KCQG-2026-001'), createdAt: '2026-01-20' },
    { username: 'admin', title: 'Mức chi khuyến công địa phương cần xác nhận', body: 'Các mức chi theo Nghị quyết 13/2025/NQ-HĐND đang dùng số liệu mặc định; đề nghị rà soát.', link: null, createdAt: '2026-11-01' },
  ];

  await tx.notification.createMany({
    data: notices.map((n) => ({
      userId: user(n.username),
      title: n.title,
      body: n.body ?? null,
      link: n.link,
      createdAt: at(n.createdAt, '16:30'),
      readAt: n.read ? at(n.createdAt, '17:10') : null,
    })),
  });
}
