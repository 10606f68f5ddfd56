// The beneficiary portal (issue 13) as it looks in use: a household business that registered
// itself and waits for xã Vĩnh Bảo to verify it, and HTX Đồng Lạc's support request sent to
// xã Nam Sách, waiting to be taken into the xã's yearly plan.
import bcrypt from 'bcryptjs';
import { DEMO_PASSWORD } from './demo-accounts';
import type { SeedTx } from './types';
import { at, need } from './util';

export async function seedBeneficiaryPortal(
  tx: SeedTx,
  input: { hp: number; hpUnits: Map<string, number>; facilities: Map<string, { id: number }>; users: Map<string, number>; categories: Map<string, number> },
): Promise<void> {
  const vinhBao = need(input.hpUnits, 'Vĩnh Bảo', 'xã');
  const registeredAt = at('2026-11-25', '20:15');
  const facility = await tx.facility.create({
    data: {
      provinceId: input.hp,
      name: 'Hộ kinh doanh Nón lá Vĩnh Bảo',
      legalForm: 'HO_KINH_DOANH',
      taxCode: '031078004512',
      adminUnitId: vinhBao,
      address: 'Khu dân cư Tân Hưng, xã Vĩnh Bảo',
      sector: 'Làm nón lá, hàng thủ công',
      representative: 'Vũ Thị Lan',
      phone: '0977412036',
      workers: 9,
      verification: 'PENDING',
      selfRegistered: true,
      createdAt: registeredAt,
    },
  });
  const user = await tx.user.create({
    data: {
      username: 'coso.dangky',
      passwordHash: await bcrypt.hash(DEMO_PASSWORD, 10),
      fullName: 'Vũ Thị Lan',
      phone: '0977412036',
      role: 'BENEFICIARY',
      provinceId: input.hp,
      facilityId: facility.id,
      passwordChangedAt: registeredAt,
      createdAt: registeredAt,
    },
  });
  await tx.auditEvent.create({
    data: { provinceId: input.hp, entityType: 'Facility', entityId: facility.id, event: 'selfRegister', toStatus: 'PENDING', data: { taxCode: facility.taxCode, userId: user.id }, createdAt: registeredAt },
  });
  const xaVinhBao = input.users.get('xa.vinhbao');
  if (xaVinhBao) {
    await tx.notification.create({
      data: { userId: xaVinhBao, title: `Cơ sở “${facility.name}” tự đăng ký, chờ xác minh`, body: `MST ${facility.taxCode}, xã Vĩnh Bảo.`, link: '/co-so/cho-xac-minh', createdAt: registeredAt },
    });
  }

  const dongLac = need(input.facilities, 'dong-lac', 'facility');
  const author = need(input.users, 'coso.demo', 'user');
  const sentAt = at('2026-11-27', '08:40');
  const request = await tx.supportRequest.create({
    data: {
      provinceId: input.hp,
      facilityId: dongLac.id,
      adminUnitId: need(input.hpUnits, 'Nam Sách', 'xã'),
      year: 2027,
      contentCategoryId: need(input.categories, 'KC03.4', 'content category'),
      title: 'Hỗ trợ máy sấy hành tỏi bằng nhiệt heat-pump',
      equipment: 'Máy sấy heat-pump 500 kg/mẻ',
      description: 'Thay lò sấy than thủ công, giảm hao hụt sau thu hoạch.',
      totalCostVnd: 600_000_000n,
      counterpartVnd: 420_000_000n,
      requestedSupportVnd: 180_000_000n,
      status: 'SENT',
      sentAt,
      createdById: author,
      createdAt: at('2026-11-26', '21:05'),
    },
  });
  for (const [event, from, to, when] of [
    ['create', null, null, at('2026-11-26', '21:05')],
    ['send', 'DRAFT', 'SENT', sentAt],
  ] as const) {
    await tx.auditEvent.create({ data: { provinceId: input.hp, actorId: author, entityType: 'SupportRequest', entityId: request.id, event, fromStatus: from, toStatus: to, createdAt: when } });
  }
}
