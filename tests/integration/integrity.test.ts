// The database itself refuses bad data (migration 20261130100000_integrity), whoever writes it —
// a use case with a bug, a race, a script — and the refusal reaches people as a Vietnamese message
// through runUseCase (what action() and route() use), never as a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { runUseCase } from '@/lib/server/run-use-case';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;
let project: { id: number; provinceId: number };

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  project = await createDossierProject(w, { status: 'IN_PROGRESS' });
});

/** What a form would show: the refusal code and message (runUseCase throws only for bugs). */
async function refusalOf(write: () => Promise<unknown>) {
  const result = await runUseCase(write);
  if (result.ok) throw new Error('expected the database to refuse, but the write succeeded');
  return { code: result.code, message: result.message, fieldErrors: result.fieldErrors };
}

const decisionData = (provinceId: number | null, number: string) => ({
  provinceId,
  kind: 'OTHER' as const,
  number,
  issuedOn: new Date('2026-03-02'),
  issuer: 'UBND thành phố',
  signer: 'Nguyễn Văn A',
  summary: 'Quyết định thử',
});

describe('money', () => {
  it('refuses a negative amount', async () => {
    expect(await refusalOf(() => db.project.update({ where: { id: project.id }, data: { counterpartVnd: -1n } }))).toEqual({
      code: 'VALIDATION',
      message: 'Số tiền không được âm.',
      fieldErrors: { counterpartVnd: 'Số tiền không được âm.' },
    });
    expect((await refusalOf(() => db.paymentRequest.create({ data: { provinceId: project.provinceId, projectId: project.id, kind: 'ADVANCE', amountVnd: 0n, payeeName: 'Cơ sở', createdById: w.actors.ttkc.id } }))).message).toBe(
      'Số tiền phải lớn hơn 0.',
    );
  });

  it('refuses support above the total cost of the đề án', async () => {
    const refused = await refusalOf(() => db.project.update({ where: { id: project.id }, data: { stateSupportVnd: 500_000_001n } }));
    expect(refused).toMatchObject({ code: 'VALIDATION', message: 'Kinh phí hỗ trợ không được vượt tổng kinh phí đề án.' });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).stateSupportVnd).toBe(250_000_000n);
  });

  it('refuses a contract whose support exceeds its value, and an end date before the start', async () => {
    const contract = { projectId: project.id, number: 'HĐ-1', signedOn: new Date('2026-03-05'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở', valueVnd: 100n, supportVnd: 101n };
    expect((await refusalOf(() => db.contract.create({ data: contract }))).message).toBe('Kinh phí hỗ trợ trong hợp đồng không được vượt giá trị hợp đồng.');
    const dates = { startDate: new Date('2026-05-01'), endDate: new Date('2026-04-30') };
    expect((await refusalOf(() => db.project.update({ where: { id: project.id }, data: dates }))).message).toBe('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.');
  });
});

describe('spending norms', () => {
  it('refuses a second norm of the same content and source in force on overlapping days', async () => {
    const norm = { provinceId: w.hp.province.id, contentCategoryId: w.categoryId, fundingSource: 'KCDP' as const, legalBasis: 'Nghị quyết thử' };
    // The factory's norm runs from 2018-05-15 with no end; a new one from 2027 overlaps it.
    const refused = await refusalOf(() => db.spendingNorm.create({ data: { ...norm, ceilingVnd: 1n, validFrom: new Date('2027-01-01') } }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Đã có mức chi cho nội dung và nguồn này trong thời gian hiệu lực đó');
    // Closing the old norm first makes room, as the norm screen asks.
    const old = await db.spendingNorm.findFirstOrThrow({ where: { provinceId: w.hp.province.id, contentCategoryId: w.categoryId, fundingSource: 'KCDP' } });
    await db.$transaction(async (tx) => {
      await tx.spendingNorm.update({ where: { id: old.id }, data: { validTo: new Date('2026-12-31') } });
      await tx.spendingNorm.create({ data: { ...norm, ceilingVnd: 1n, validFrom: new Date('2027-01-01') } });
    });
  });
});

describe('validity periods', () => {
  it('refuses a period that ends before it starts, in the same words for every record that has one', async () => {
    const words = 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.';
    const parameter = { provinceId: w.hp.province.id, key: 'SETTLEMENT_DOSSIER_DAYS', value: '15', validFrom: new Date('2026-06-01'), validTo: new Date('2026-05-31') };
    expect(await refusalOf(() => db.parameter.create({ data: parameter }))).toEqual({ code: 'VALIDATION', message: words, fieldErrors: { validTo: words } });
    // The factory's norm runs from 2018-05-15.
    const norm = await db.spendingNorm.findFirstOrThrow({ where: { provinceId: w.hp.province.id, contentCategoryId: w.categoryId } });
    expect(await refusalOf(() => db.spendingNorm.update({ where: { id: norm.id }, data: { validTo: new Date('2018-05-14') } }))).toEqual({ code: 'VALIDATION', message: words, fieldErrors: { validTo: words } });
  });
});

describe('unique keys', () => {
  it('refuses a second pending amendment of one đề án', async () => {
    const amendment = { projectId: project.id, fromVersion: 1, kinds: ['TIME' as const], scale: 'SMALL' as const, reason: 'Lùi tiến độ', before: {}, after: {}, requestedById: w.actors.ttkc.id };
    await db.amendment.create({ data: amendment });
    const refused = await refusalOf(() => db.amendment.create({ data: amendment }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Đề án đã có một đề nghị điều chỉnh đang chờ duyệt: chờ quyết định trước khi đề nghị tiếp.' });
  });

  it('refuses a duplicate decision number, national ones included (NULL province is one value)', async () => {
    await db.decision.create({ data: decisionData(w.hp.province.id, '77/QĐ-UBND') });
    expect(await refusalOf(() => db.decision.create({ data: decisionData(w.hp.province.id, '77/QĐ-UBND') }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Quyết định cùng số và ngày ban hành đã tồn tại.',
    });
    await db.decision.create({ data: decisionData(null, '5/QĐ-BCT') });
    expect((await refusalOf(() => db.decision.create({ data: decisionData(null, '5/QĐ-BCT') }))).message).toContain('đã tồn tại');
  });

  it('treats a missing province or đề án as one value in parameters, organisations and reports', async () => {
    const param = { provinceId: null, key: 'SETTLEMENT_DOSSIER_DAYS', value: '15', validFrom: new Date('2020-01-01') };
    await db.parameter.create({ data: param });
    expect((await refusalOf(() => db.parameter.create({ data: param }))).code).toBe('CONFLICT');
    await db.organization.create({ data: { provinceId: null, kind: 'MINISTRY', name: 'Cục Công Thương địa phương' } });
    expect((await refusalOf(() => db.organization.create({ data: { provinceId: null, kind: 'MINISTRY', name: 'Cục Công Thương địa phương' } }))).message).toBe(
      'Cơ quan, đơn vị cùng tên đã tồn tại.',
    );
    const report = { provinceId: w.hp.province.id, kind: 'YEARLY' as const, year: 2026, period: 0, organizationId: w.hp.orgs.ttkc.id, content: {}, createdById: w.actors.ttkc.id };
    await db.periodicReport.create({ data: report });
    expect((await refusalOf(() => db.periodicReport.create({ data: report }))).message).toBe('Báo cáo của kỳ này đã tồn tại.');
    expect((await refusalOf(() => db.periodicReport.create({ data: { ...report, kind: 'QUARTERLY', period: 5 } }))).message).toBe('Kỳ báo cáo không hợp lệ với loại báo cáo đã chọn.');
  });
});

describe('references and typed values', () => {
  it('refuses a malformed parameter value when it is saved', async () => {
    const refused = await refusalOf(() => db.parameter.create({ data: { provinceId: w.hp.province.id, key: 'TREASURY_CONTRACT_FILING_THRESHOLD_VND', value: '50.000.000', validFrom: new Date('2026-01-01') } }));
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { value: expect.stringContaining('Giá trị tham số không đúng kiểu') } });
    expect((await refusalOf(() => db.parameter.create({ data: { provinceId: null, key: 'TREASURY_ADVANCE_CEILING_BP', value: '12000', validFrom: new Date('2026-01-01') } }))).code).toBe('VALIDATION');
  });

  it('refuses a record pointing at a user who does not exist', async () => {
    expect((await refusalOf(() => db.appraisal.create({ data: { projectId: project.id, checklist: {}, opinion: 'Đạt', result: 'PASS', appraisedById: 999_999 } }))).code).toBe('VALIDATION');
  });

  it('keeps each document with exactly one owner', async () => {
    const file = { provinceId: project.provinceId, kind: 'KHAC', title: 'Tệp', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: 'x', uploadedById: w.actors.ttkc.id };
    const acceptance = await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2026-10-01') } });
    const payment = await db.paymentRequest.create({ data: { provinceId: project.provinceId, projectId: project.id, kind: 'ADVANCE', amountVnd: 1n, payeeName: 'Cơ sở', createdById: w.actors.ttkc.id } });
    const twoOwners = { ...file, storageKey: 'k1', projectId: project.id, acceptanceId: acceptance.id, paymentRequestId: payment.id };
    expect((await refusalOf(() => db.document.create({ data: twoOwners }))).message).toBe('Một tài liệu chỉ thuộc về một hồ sơ.');
    expect((await refusalOf(() => db.document.create({ data: { ...file, storageKey: 'k2' } }))).message).toMatch(/^Tài liệu phải thuộc về một hồ sơ/);
    // A decision's file is stored first and owned by the decision at commit.
    await db.$transaction(async (tx) => {
      const doc = await tx.document.create({ data: { ...file, storageKey: 'k3', kind: 'QUYET_DINH' } });
      await tx.decision.create({ data: { ...decisionData(project.provinceId, '88/QĐ-UBND'), documentId: doc.id } });
    });
  });
});
