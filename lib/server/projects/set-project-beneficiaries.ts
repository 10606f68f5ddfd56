import 'server-only';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { unverifiedFacilityReason } from '@/lib/domain/lifecycle/beneficiary';
import { rowName } from '@/lib/domain/project-cost-lines';
import type { Actor } from '@/lib/domain/roles';
import type { BeneficiariesInput } from '@/lib/schemas/project';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { syncBeneficiaryShares } from './sync-beneficiary-shares';
import { assertDossierEditable, getProjectForWriteOrThrow } from './load-project';

/**
 * Checks the facilities a đề án supports: in its province, eligible by location (Nghị định
 * 235/2025), listed once. Returns them with their names, in input order.
 */
export async function loadEligibleFacilities(tx: Tx, provinceId: number, beneficiaries: BeneficiariesInput['beneficiaries']) {
  const ids = beneficiaries.map((b) => b.facilityId);
  if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION', 'Một cơ sở được chọn hai lần.', { beneficiaries: 'Mỗi cơ sở chỉ chọn một lần' });
  const facilities = await tx.facility.findMany({
    where: { id: { in: ids }, provinceId },
    select: { id: true, name: true, verification: true, inRecognizedCraftVillage: true, adminUnit: { select: { type: true } } },
  });
  const byId = new Map(facilities.map((f) => [f.id, f]));
  return beneficiaries.map((b, index) => {
    const facility = byId.get(b.facilityId);
    if (!facility) throw new AppError('VALIDATION', `Cơ sở thứ ${index + 1} không thuộc địa phương này.`, { [`beneficiaries.${index}.facilityId`]: 'Cơ sở không hợp lệ' });
    const unverified = unverifiedFacilityReason(facility);
    if (unverified) throw new AppError('VALIDATION', unverified, { [`beneficiaries.${index}.facilityId`]: 'Cơ sở chưa được xác minh' });
    const eligibility = isFacilityEligibleArea(facility);
    if (!eligibility.eligible) {
      throw new AppError('VALIDATION', `${facility.name}: ${eligibility.reason}`, { [`beneficiaries.${index}.facilityId`]: eligibility.reason });
    }
    return { facilityId: facility.id, name: facility.name, equipment: b.equipment ?? null };
  });
}

/** Replaces the beneficiaries of a draft đề án (one facility, or several for a group đề án). */
export async function setProjectBeneficiaries(actor: Actor, input: BeneficiariesInput): Promise<void> {
  assertCan(actor, 'project:edit');
  await db.$transaction(async (tx) => {
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    assertDossierEditable(project);
    if (!project.isGroup && input.beneficiaries.length > 1) {
      throw new AppError('VALIDATION', 'Đề án không phải đề án nhóm chỉ hỗ trợ một cơ sở. Đánh dấu "Đề án nhóm" ở thông tin chung để hỗ trợ nhiều cơ sở.', {
        beneficiaries: 'Chỉ một cơ sở',
      });
    }
    const chosen = await loadEligibleFacilities(tx, project.provinceId, input.beneficiaries);
    const kept = new Set(chosen.map((c) => c.facilityId));
    const orphans = project.costLines.map((l, i) => ({ l, i })).filter(({ l }) => l.facilityId !== null && !kept.has(l.facilityId));
    if (orphans.length > 0) {
      throw new AppError('VALIDATION', `${orphans.map(({ l, i }) => rowName(i, l.item)).join(', ')} của dự toán đang gắn với cơ sở bị bỏ: sửa dự toán trước.`);
    }
    await tx.projectBeneficiary.deleteMany({ where: { projectId: project.id } });
    await tx.projectBeneficiary.createMany({
      data: chosen.map((c) => ({ projectId: project.id, facilityId: c.facilityId, equipment: c.equipment })),
    });
    await syncBeneficiaryShares(tx, project.id);
    await tx.project.update({ where: { id: project.id }, data: { normExceptionNote: null } });
    await recordAudit(tx, actor, { entityType: 'Project', entityId: project.id, provinceId: project.provinceId, event: 'setBeneficiaries', data: toAuditJson(chosen) });
  });
}
