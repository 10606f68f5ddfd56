// Demo rows for issue 17: the outputs of two đề án (a training class with its 30 trainees, the booths
// of a fair), the 2026 inspection plan at each step of its lifecycle and the cộng tác viên of two xã —
// written as the portal would have (audit rows for every step, decisions numbered DEMO-…).
import type { SeedTx } from './types';
import { at, day, demoDecisionNumber, need } from './util';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Thị Hoa', 'Văn Nam', 'Thị Lan', 'Văn Hùng', 'Thị Mai', 'Văn Tú', 'Thị Hằng', 'Văn Long', 'Thị Thu', 'Văn Bình'];

export async function seedOutputs(tx: SeedTx, hpProvinceId: number, users: ReadonlyMap<string, number>, projects: ReadonlyMap<string, number>): Promise<void> {
  const ttkc = need(users, 'ttkc.canbo', 'user');
  const sct = need(users, 'sct.lanhdao', 'user');
  const training = need(projects, 'HP:KCĐP-2026-003', 'project');
  const fair = need(projects, 'HP:KCĐP-2026-006', 'project');
  const audits: { provinceId: number; actorId: number; entityType: string; entityId: number; event: string; fromStatus?: string; toStatus?: string; reason?: string; createdAt: Date }[] = [];

  // Kết quả thực hiện: the class of KCĐP-2026-003 (35 enrolled, 30 completed — its deliveredQuantity).
  const cls = await tx.projectOutput.create({
    data: { provinceId: hpProvinceId, projectId: training, kind: 'TRAINING_CLASS', title: 'Lớp đào tạo nghề mây tre đan xuất khẩu', heldOn: day('2026-06-08'), endedOn: day('2026-09-10'), place: 'Tổ hợp tác Mây tre đan Nam Sách', quantity: 1, recordedById: ttkc, createdAt: at('2026-09-12') },
  });
  await tx.trainingParticipant.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      outputId: cls.id,
      rowNo: 4 + i,
      fullName: `${SURNAMES[i % 10]} ${GIVEN[(i * 3) % 10]}`,
      birthYear: 1975 + ((i * 7) % 28),
      gender: GIVEN[(i * 3) % 10]!.startsWith('Thị') ? 'Nữ' : 'Nam',
      workplace: 'Tổ hợp tác Mây tre đan Nam Sách',
    })),
  });
  audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Project', entityId: training, event: 'recordOutput', createdAt: at('2026-09-12', '09:00') });
  audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Project', entityId: training, event: 'importParticipants', createdAt: at('2026-09-12', '09:05') });

  // Kiểm tra, giám sát năm 2026: one closed, one with recommendations to follow up, one planned.
  const units = new Map((await tx.adminUnit.findMany({ where: { provinceId: hpProvinceId, name: { in: ['Nam Sách', 'Vĩnh Bảo'] } }, select: { id: true, name: true } })).map((u) => [u.name, u.id]));
  const namSach = need(units, 'Nam Sách', 'xã');
  const vinhBao = need(units, 'Vĩnh Bảo', 'xã');
  const team = 'Nguyễn Văn Hải – Phó Giám đốc Sở Công Thương, trưởng đoàn\nTrần Thị Minh – Trung tâm Khuyến công\nĐại diện UBND xã';
  const closed = await tx.inspection.create({
    data: { provinceId: hpProvinceId, year: 2026, title: 'Kiểm tra lớp đào tạo nghề mây tre đan', plannedOn: day('2026-07-15'), conductedOn: day('2026-07-16'), projectId: training, adminUnitId: namSach, team, findings: 'Lớp học đúng nội dung, thời lượng; 35 học viên có mặt; hồ sơ điểm danh đầy đủ.', recommendations: 'Bổ sung sổ theo dõi vật tư thực hành.', followUp: 'Tổ hợp tác đã lập sổ theo dõi vật tư từ 20/7/2026.', status: 'CLOSED', createdById: sct, createdAt: at('2026-02-10') },
  });
  const done = await tx.inspection.create({
    data: { provinceId: hpProvinceId, year: 2026, title: 'Giám sát đề án hỗ trợ máy móc thiết bị tại Vĩnh Bảo', plannedOn: day('2026-10-20'), conductedOn: day('2026-10-21'), projectId: need(projects, 'HP:KCĐP-2026-004', 'project'), adminUnitId: vinhBao, team, findings: 'Thiết bị đã lắp đặt, chưa vận hành thử đủ 30 ngày.', recommendations: 'Hoàn thành vận hành thử trước khi đề nghị nghiệm thu.', status: 'DONE', createdById: sct, createdAt: at('2026-02-10') },
  });
  const planned = await tx.inspection.create({
    data: { provinceId: hpProvinceId, year: 2026, title: 'Kiểm tra hội chợ CNNT tiêu biểu khu vực phía Bắc', plannedOn: day('2026-12-12'), projectId: fair, team, status: 'PLANNED', createdById: sct, createdAt: at('2026-02-10') },
  });
  for (const i of [closed, done, planned]) audits.push({ provinceId: hpProvinceId, actorId: sct, entityType: 'Inspection', entityId: i.id, event: 'plan', toStatus: 'PLANNED', createdAt: at('2026-02-10') });
  for (const i of [closed, done]) audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Inspection', entityId: i.id, event: 'conduct', fromStatus: 'PLANNED', toStatus: 'DONE', createdAt: i.conductedOn! });
  audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Inspection', entityId: closed.id, event: 'followUp', fromStatus: 'DONE', toStatus: 'FOLLOWED_UP', createdAt: at('2026-07-25') });
  audits.push({ provinceId: hpProvinceId, actorId: sct, entityType: 'Inspection', entityId: closed.id, event: 'close', fromStatus: 'FOLLOWED_UP', toStatus: 'CLOSED', createdAt: at('2026-07-28') });

  // Cộng tác viên khuyến công: two recognised by one decision, one still proposed.
  const decision = await tx.decision.create({
    data: { provinceId: hpProvinceId, kind: 'OTHER', number: demoDecisionNumber('210/QĐ-SCT'), issuedOn: day('2026-03-16'), issuer: 'Sở Công Thương', signer: 'Nguyễn Văn Hải', summary: 'Công nhận cộng tác viên khuyến công các xã năm 2026', recordedById: sct, createdAt: at('2026-03-16') },
  });
  const people = [
    { adminUnitId: namSach, fullName: 'Phạm Thị Thu Hà', birthYear: 1986, position: 'Công chức kinh tế UBND xã Nam Sách', phone: '0912000111', approved: true },
    { adminUnitId: vinhBao, fullName: 'Đỗ Văn Khánh', birthYear: 1979, position: 'Phó Chủ tịch Hội Nông dân xã Vĩnh Bảo', phone: '0912000222', approved: true },
    { adminUnitId: vinhBao, fullName: 'Bùi Thị Ngọc', birthYear: 1992, position: 'Công chức văn hoá – xã hội xã Vĩnh Bảo', phone: null, approved: false },
  ];
  for (const p of people) {
    const c = await tx.collaborator.create({
      data: { provinceId: hpProvinceId, adminUnitId: p.adminUnitId, fullName: p.fullName, birthYear: p.birthYear, position: p.position, phone: p.phone, proposedOn: day('2026-03-02'), status: p.approved ? 'APPROVED' : 'PROPOSED', approvalDecisionId: p.approved ? decision.id : null, proposedById: ttkc, createdAt: at('2026-03-02') },
    });
    audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Collaborator', entityId: c.id, event: 'propose', toStatus: 'PROPOSED', createdAt: at('2026-03-02') });
    if (!p.approved) continue;
    audits.push({ provinceId: hpProvinceId, actorId: sct, entityType: 'Collaborator', entityId: c.id, event: 'approve', fromStatus: 'PROPOSED', toStatus: 'APPROVED', createdAt: at('2026-03-16') });
    await tx.collaboratorActivity.createMany({
      data: [
        { collaboratorId: c.id, occurredOn: day('2026-05-14'), description: 'Tuyên truyền chính sách khuyến công tại hội nghị xã', supportVnd: 1_000_000n, recordedById: ttkc },
        { collaboratorId: c.id, occurredOn: day('2026-09-03'), description: 'Hướng dẫn cơ sở CNNT lập hồ sơ đề nghị hỗ trợ năm 2027', supportVnd: 1_500_000n, recordedById: ttkc },
      ],
    });
    audits.push({ provinceId: hpProvinceId, actorId: ttkc, entityType: 'Collaborator', entityId: c.id, event: 'recordActivity', createdAt: at('2026-09-03') });
  }
  await tx.auditEvent.createMany({ data: audits });
}
