// Đề án factories: a world with the content category's checklists, spending norms and the treasury
// threshold, and đề án in any state with beneficiaries, cost lines and documents.
import { randomUUID } from 'node:crypto';
import type { ProjectStatus, ProgrammeLevel } from '@/prisma/generated/client/enums';
import { amendmentRequestSchema, appraisalSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { contentCategory, createActor, createFacility, createWorld } from './world';

export const DOSSIER_KINDS = ['THUYET_MINH', 'DU_TOAN', 'BAO_GIA', 'DKKD'] as const;
export const ACCEPTANCE_KINDS = ['BIEN_BAN_NGHIEM_THU', 'BAO_CAO_KET_QUA', 'HOA_DON'] as const;
export const TT28 = 'Thông tư 28/2018/TT-BTC, Điều 8';
export const NQ13 = 'Nghị quyết 13/2025/NQ-HĐND, Điều 5';

let seq = 0;

/** createWorld() plus what đề án need: checklists on KC03.4, norms for both sources, the treasury threshold. */
export async function createProjectWorld() {
  const w = await createWorld();
  const categoryId = await contentCategory();
  await db.contentCategory.update({
    where: { id: categoryId },
    data: { dossierChecklist: [...DOSSIER_KINDS], acceptanceChecklist: [...ACCEPTANCE_KINDS] },
  });
  const norm = { contentCategoryId: categoryId, maxShareBp: 5000, ceilingVnd: 300_000_000n, ceilingScope: 'PER_FACILITY' as const, priorityMultiplierBp: 15000, validFrom: new Date('2018-05-15') };
  await db.spendingNorm.create({ data: { ...norm, provinceId: null, fundingSource: 'KCQG', legalBasis: TT28 } });
  await db.spendingNorm.create({ data: { ...norm, provinceId: w.hp.province.id, fundingSource: 'KCDP', legalBasis: NQ13 } });
  await db.parameter.create({
    data: { provinceId: null, key: 'TREASURY_CONTRACT_FILING_THRESHOLD_VND', value: '50000000', legalBasis: 'Kiểm soát chi qua KBNN', validFrom: new Date('2012-07-01') },
  });
  const beneficiaryB = await createActor('BENEFICIARY', { provinceId: w.hp.province.id, facilityId: w.facilityB.id });
  const xaB = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaB.id });
  return { ...w, categoryId, actors: { ...w.actors, beneficiaryB, xaB } };
}

export type ProjectWorld = Awaited<ReturnType<typeof createProjectWorld>>;

export interface LineSpec {
  item?: string;
  amountVnd: bigint;
  stateSupportVnd: bigint;
  facilityId?: number | null;
}

/** A đề án in the given state with beneficiaries, cost lines (totals computed here as the server does) and documents. */
export async function createDossierProject(
  w: ProjectWorld,
  input: {
    status?: ProjectStatus;
    facilityIds?: number[];
    adminUnitId?: number;
    fundingLevel?: ProgrammeLevel;
    year?: number;
    name?: string;
    lines?: LineSpec[];
    documents?: readonly string[];
    approvedSupportVnd?: bigint | null;
    equipment?: string | null;
    isGroup?: boolean;
    provinceId?: number;
    implementingOrgId?: number;
  } = {},
) {
  const n = ++seq;
  const lines = input.lines ?? [{ amountVnd: 500_000_000n, stateSupportVnd: 250_000_000n }];
  const facilityIds = input.facilityIds ?? [w.facilityA.id];
  const total = lines.reduce((s, l) => s + l.amountVnd, 0n);
  const support = lines.reduce((s, l) => s + l.stateSupportVnd, 0n);
  const provinceId = input.provinceId ?? w.hp.province.id;
  const project = await db.project.create({
    data: {
      provinceId,
      code: `KCĐP-${input.year ?? 2026}-T${String(n).padStart(3, '0')}`,
      name: input.name ?? `Hỗ trợ ứng dụng máy móc thiết bị ${n}`,
      year: input.year ?? 2026,
      fundingLevel: input.fundingLevel ?? 'KCDP',
      contentCategoryId: w.categoryId,
      implementingOrgId: input.implementingOrgId ?? w.hp.orgs.ttkc.id,
      adminUnitId: input.adminUnitId ?? w.xaA.id,
      status: input.status ?? 'DRAFT',
      isGroup: input.isGroup ?? facilityIds.length > 1,
      startDate: new Date('2026-03-01'),
      endDate: new Date('2026-11-30'),
      targetQuantity: 1,
      totalCostVnd: total,
      stateSupportVnd: support,
      counterpartVnd: total - support,
      approvedSupportVnd: input.approvedSupportVnd === undefined ? (['DRAFT', 'SUBMITTED', 'APPRAISED'].includes(input.status ?? 'DRAFT') ? null : support) : input.approvedSupportVnd,
      createdById: w.actors.ttkc.id,
      beneficiaries: { create: facilityIds.map((facilityId) => ({ facilityId, equipment: input.equipment ?? 'Máy ép gạch thủy lực' })) },
      costLines: {
        create: lines.map((l, i) => ({
          sortOrder: i + 1,
          item: l.item ?? `Máy ép gạch ${i + 1}`,
          unit: 'chiếc',
          quantity: '1',
          unitPriceVnd: l.amountVnd,
          amountVnd: l.amountVnd,
          stateSupportVnd: l.stateSupportVnd,
          counterpartVnd: l.amountVnd - l.stateSupportVnd,
          facilityId: l.facilityId ?? null,
        })),
      },
    },
    include: { beneficiaries: true },
  });
  await attachDocuments(project.id, provinceId, input.documents ?? DOSSIER_KINDS, w.actors.ttkc.id);
  return project;
}

/**
 * What a document row says of its file, metadata only (no bytes are stored: these tests check
 * checklists and permissions, not file contents); the caller adds its owner and uploader.
 */
export function documentFile(file: { kind?: string; title?: string; fileName?: string } = {}) {
  const kind = file.kind ?? 'KHAC';
  return { kind, title: file.title ?? kind, fileName: file.fileName ?? `${kind}.pdf`, mimeType: 'application/pdf', sizeBytes: 10, sha256: 'x', storageKey: `test/${randomUUID()}.pdf` };
}

/** Document rows of a đề án (or of one of its acceptances), one per kind. */
export async function attachDocuments(projectId: number, provinceId: number, kinds: readonly string[], uploadedById: number, acceptanceId: number | null = null) {
  for (const kind of kinds) {
    await db.document.create({ data: { ...documentFile({ kind }), provinceId, projectId, acceptanceId, uploadedById } });
  }
}

/** An appraisal checklist with every criterion met. */
export const PASSING_CHECKLIST = { fitsProgramme: true, efficient: true, capable: true, noDoubleFunding: true, completeDossier: true };

/** A passing appraisal, as if the council had met. */
export async function createPassingAppraisal(projectId: number, appraisedById: number, recommendedSupportVnd: bigint) {
  return db.appraisal.create({ data: { projectId, checklist: PASSING_CHECKLIST, opinion: 'Đạt', recommendedSupportVnd, result: 'PASS', appraisedById } });
}

/** The appraisal form of a submitted đề án, every criterion met, recommending the amount as typed ('200.000.000'). */
export function passingAppraisalInput(projectId: number, recommendedSupportVnd: string) {
  return appraisalSchema.parse({ projectId, expectedStatus: 'SUBMITTED', result: 'PASS', checklist: PASSING_CHECKLIST, opinion: 'Đạt', recommendedSupportVnd });
}

export async function createFacilityWithTaxCode(provinceId: number, adminUnitId: number, name: string, taxCode: string) {
  const f = await createFacility(provinceId, adminUnitId, name);
  return db.facility.update({ where: { id: f.id }, data: { taxCode } });
}

export const decision = (number: string, issuedOn = '15/03/2026') => ({
  number,
  issuedOn,
  issuer: 'Sở Công Thương Hải Phòng',
  signer: 'Nguyễn Văn A',
  signerTitle: 'Giám đốc',
  legalBasis: 'Nghị định 45/2012/NĐ-CP',
  summary: 'Phê duyệt đề án khuyến công',
});

/** A cost line as the amendment form sends it (amounts as typed). */
export const amendmentLine = (amount: string, support: string, counterpart: string, item = 'Máy ép gạch 1') => ({ item, unit: 'chiếc', quantity: '1', unitPriceVnd: amount, stateSupportVnd: support, counterpartVnd: counterpart });

/** An amendment request of a createDossierProject đề án (xã A, facility A) as the server parses it, with `changes` over the defaults. */
export function amendmentRequest(w: ProjectWorld, projectId: number, reason: string, changes: Record<string, unknown> = {}) {
  return amendmentRequestSchema.parse({
    projectId,
    reason,
    name: 'Hỗ trợ ứng dụng máy móc thiết bị 1',
    place: null,
    adminUnitId: String(w.xaA.id),
    startDate: '01/03/2026',
    endDate: '30/11/2026',
    targetQuantity: '1',
    beneficiaries: [{ facilityId: w.facilityA.id, equipment: 'Máy ép gạch thủy lực' }],
    lines: [amendmentLine('500.000.000', '250.000.000', '250.000.000')],
    ...changes,
  });
}
