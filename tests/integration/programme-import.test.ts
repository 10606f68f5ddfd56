// Excel import/export of a programme appendix on a real database: the paper of seed 001 typed into
// Excel, export → import, bad files, and amendments of an approved programme.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAppendixRows } from '@/lib/domain/programme-import';
import { db } from '@/lib/server/db';
import { readAppendixWorkbook } from '@/lib/server/programmes/appendix-excel';
import { exportProgrammeAppendix } from '@/lib/server/programmes/export-programme-appendix';
import { importProgrammeAppendix } from '@/lib/server/programmes/import-programme-appendix';
import { previewAppendixImport } from '@/lib/server/programmes/preview-appendix-import';
import { loadAppendix, plainAppendix } from '@/lib/server/programmes/programme-appendix-store';
import { HP_PROGRAMME_APPENDIX } from '@/prisma/seed/programme-hp-2026-2030';
import {
  appendixWithMistakesXlsx,
  pdfRenamedToXlsx,
  textRenamedToXlsx,
  wrongColumnsXlsx,
  wrongSheetXlsx,
} from '../fixtures/programme/bad-files';
import { inconsistentRows, typedAppendixXlsx } from '../fixtures/programme/hp-appendix-typed';
import { createProgramme, decisionInput } from '../factories/programme';
import { createWorld, freshWorld } from '../factories/world';
import { errorOf } from '../factories/errors';

let w: Awaited<ReturnType<typeof createWorld>>;
const YEARS = HP_PROGRAMME_APPENDIX.years;

beforeAll(async () => { w = await freshWorld(createWorld); });

const xlsx = (bytes: Buffer, name = 'phu-luc.xlsx') => new File([new Uint8Array(bytes)], name);


/** Everything an import could touch, to show that a refused one changed nothing. */
async function stateOf(programmeId: number) {
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
  return {
    appendix: plainAppendix(await loadAppendix(db, programmeId, YEARS)),
    updatedAt: programme.updatedAt.toISOString(),
    status: programme.status,
    values: await db.programmeTargetValue.count({ where: { target: { programmeId } } }),
    amendments: await db.programmeAmendment.count({ where: { programmeId } }),
    audit: await db.auditEvent.count({ where: { entityType: 'Programme', entityId: programmeId } }),
    decisions: await db.decision.count(),
  };
}

async function importFile(programmeId: number, bytes: Buffer, extra: { reason?: string; decision?: ReturnType<typeof decisionInput> } = {}) {
  const preview = await previewAppendixImport(w.actors.ttkc, { programmeId, file: xlsx(bytes) });
  await importProgrammeAppendix(w.actors.ttkc, { programmeId, file: xlsx(bytes), sha256: preview.sha256, version: preview.version, ...extra });
  return preview;
}

describe('the appendix of seed 001 typed into Excel', () => {
  it('previews every row, flags the inconsistent ones with both numbers, and blocks nothing', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    const preview = await previewAppendixImport(w.actors.ttkc, { programmeId: programme.id, file: xlsx(await typedAppendixXlsx()) });
    expect(preview.errors).toBe(0);
    const items = preview.rows.filter((r) => r.kind === 'item');
    expect(items).toHaveLength(HP_PROGRAMME_APPENDIX.groups.reduce((n, g) => n + g.items.length, 0));
    const flagged = items.filter((r) => r.issues.some((i) => i.severity === 'warning'));
    expect(flagged.map((r) => [r.statedTotal, r.sumOfYears])).toEqual(inconsistentRows().map((r) => [r.total, r.sum]));
    expect(flagged.map((r) => r.issues[0]!.message)).toContain('Tổng ghi (25) khác tổng các năm (15); giữ nguyên như văn bản');
    expect(await db.programmeTarget.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it('imports it row for row, keeping the inconsistent totals as written', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    await importFile(programme.id, await typedAppendixXlsx());
    expect(plainAppendix(await loadAppendix(db, programme.id, YEARS))).toEqual(HP_PROGRAMME_APPENDIX);
    const ii7 = await db.programmeTarget.findFirstOrThrow({ where: { programmeId: programme.id, itemNo: '7', group: { code: 'II' } }, include: { values: true } });
    expect(ii7.statedTotal).toBe(25);
    expect(ii7.values.reduce((s, v) => s + v.quantity, 0)).toBe(15);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Programme', entityId: programme.id, event: 'edit-targets' } });
    expect(audit.actorId).toBe(w.actors.ttkc.id);
    expect(audit.data).toMatchObject({ source: 'import', fileName: 'phu-luc.xlsx' });
    expect(await db.programmeAmendment.count({ where: { programmeId: programme.id } })).toBe(0);
  });
});

describe('export then import', () => {
  it('gives identical data', async () => {
    const source = await createProgramme({ provinceId: w.hp.province.id });
    const exported = await exportProgrammeAppendix(w.actors.stc, source.id);
    expect(exported.fileName).toMatch(/^phu-luc-chi-tieu-CT-\d+\.xlsx$/);
    const parsed = parseAppendixRows(await readAppendixWorkbook(exported.bytes, exported.fileName));
    expect(parsed.errors).toBe(0);
    expect(parsed.appendix).toEqual(plainAppendix(await loadAppendix(db, source.id, YEARS)));

    const copy = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    await importFile(copy.id, exported.bytes);
    expect(plainAppendix(await loadAppendix(db, copy.id, YEARS))).toEqual(plainAppendix(await loadAppendix(db, source.id, YEARS)));
  });

  it('finds nothing to change when a programme re-imports its own export', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id });
    const { bytes } = await exportProgrammeAppendix(w.actors.ttkc, programme.id);
    const before = await stateOf(programme.id);
    const error = await errorOf(importFile(programme.id, bytes));
    expect(error.message).toBe('Không có thay đổi nào so với bảng chỉ tiêu hiện tại.');
    expect(await stateOf(programme.id)).toEqual(before);
  });
});

describe('bad files', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['a PDF renamed to .xlsx', () => pdfRenamedToXlsx, /thực chất là tệp PDF/],
    ['a text file renamed to .xlsx', () => textRenamedToXlsx, /không phải là bảng tính Excel/],
    ['a workbook without the appendix sheet', wrongSheetXlsx, /Không tìm thấy bảng phụ lục chỉ tiêu.*"Danh sách cơ sở"/],
    ['a sheet with wrong columns', wrongColumnsXlsx, /thiếu cột "ĐVT", "Tổng nội dung"/],
  ];
  for (const [what, bytes, message] of cases) {
    it(`refuses ${what} in Vietnamese and changes nothing`, async () => {
      const programme = await createProgramme({ provinceId: w.hp.province.id });
      const before = await stateOf(programme.id);
      const error = await errorOf(previewAppendixImport(w.actors.ttkc, { programmeId: programme.id, file: xlsx(await bytes()) }));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(message);
      const forced = await errorOf(
        importProgrammeAppendix(w.actors.ttkc, { programmeId: programme.id, file: xlsx(await bytes()), sha256: 'a'.repeat(64), version: before.updatedAt }),
      );
      expect(forced.message).toMatch(message);
      expect(await stateOf(programme.id)).toEqual(before);
    });
  }

  it('lists non-numbers, unknown units and duplicates by row, and will not import them', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    const bytes = await appendixWithMistakesXlsx();
    const preview = await previewAppendixImport(w.actors.ttkc, { programmeId: programme.id, file: xlsx(bytes) });
    expect(preview.errors).toBe(4);
    const withErrors = preview.rows.filter((r) => r.issues.some((i) => i.severity === 'error'));
    expect(withErrors.map((r) => r.issues.find((i) => i.severity === 'error')!.message)).toEqual([
      '"hai mươi chín" không phải là số',
      'đơn vị tính "Cái" không có trong danh mục ĐVT',
      'chỉ tiêu II.2 trùng số thứ tự với dòng ' + preview.rows.find((r) => r.name.startsWith('Tổ chức và tham gia Hội chợ'))!.row,
      '7,5 không phải số nguyên',
    ]);
    const before = await stateOf(programme.id);
    const error = await errorOf(
      importProgrammeAppendix(w.actors.ttkc, { programmeId: programme.id, file: xlsx(bytes), sha256: preview.sha256, version: preview.version }),
    );
    expect(error.message).toMatch(/^Tệp còn 4 lỗi chặn, chưa nhập được\. Lỗi đầu tiên — Dòng \d+, cột Năm 2027: "hai mươi chín" không phải là số\.$/);
    expect(await stateOf(programme.id)).toEqual(before);
  });

  it('refuses a file other than the one previewed', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    const preview = await previewAppendixImport(w.actors.ttkc, { programmeId: programme.id, file: xlsx(await typedAppendixXlsx()) });
    const other = await typedAppendixXlsx(undefined, { spoil: (sheet, rowOf) => void (sheet.getRow(rowOf('I', '1')).getCell(5).value = 2) });
    const error = await errorOf(
      importProgrammeAppendix(w.actors.ttkc, { programmeId: programme.id, file: xlsx(other), sha256: preview.sha256, version: preview.version }),
    );
    expect(error.message).toMatch(/Tệp khác với tệp đã kiểm tra/);
    expect(await db.programmeTarget.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it('refuses a file whose years are not the programme period', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    const shifted = { ...HP_PROGRAMME_APPENDIX, years: [2021, 2022, 2023, 2024, 2025] };
    const preview = await previewAppendixImport(w.actors.ttkc, { programmeId: programme.id, file: xlsx(await typedAppendixXlsx(shifted)) });
    expect(preview.issues[0]!.message).toBe('các cột năm trong tệp (2021, 2022, 2023, 2024, 2025) không khớp giai đoạn của chương trình (2026–2030)');
    expect(preview.errors).toBe(1);
  });
});

describe('an approved programme', () => {
  it('needs a reason, then records the import as an amendment with its decision, before and after', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, status: 'APPROVED' });
    const changed = await typedAppendixXlsx(undefined, { spoil: (sheet, rowOf) => void (sheet.getRow(rowOf('II', '7')).getCell(9).value = 15) });
    const before = await stateOf(programme.id);
    const noReason = await errorOf(importFile(programme.id, changed));
    expect(noReason.fieldErrors).toEqual({ reason: 'Nhập lý do điều chỉnh' });
    expect(await stateOf(programme.id)).toEqual(before);

    await importFile(programme.id, changed, { reason: 'Sửa tổng mục II.7 theo quyết định điều chỉnh', decision: decisionInput('77/QĐ-UBND') });
    const amendment = await db.programmeAmendment.findFirstOrThrow({ where: { programmeId: programme.id }, include: { decision: true } });
    expect(amendment.summary).toBe('Sửa tổng mục II.7 theo quyết định điều chỉnh');
    expect(amendment.changedById).toBe(w.actors.ttkc.id);
    expect(amendment.decision).toMatchObject({ number: '77/QĐ-UBND', kind: 'PROGRAMME_AMENDMENT' });
    expect(amendment.before).toEqual(HP_PROGRAMME_APPENDIX);
    const after = amendment.after as unknown as typeof HP_PROGRAMME_APPENDIX;
    expect(after.groups[1]!.items[6]!.statedTotal).toBe(15);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).status).toBe('APPROVED');
  });
});

describe('who may import and export', () => {
  it('refuses roles without programme:edit and other provinces', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, appendix: null });
    const file = xlsx(await typedAppendixXlsx());
    expect((await errorOf(previewAppendixImport(w.actors.xaA, { programmeId: programme.id, file }))).code).toBe('FORBIDDEN');
    expect((await errorOf(previewAppendixImport(w.actors.ldTtkc, { programmeId: programme.id, file }))).code).toBe('NOT_FOUND');
    expect((await errorOf(exportProgrammeAppendix(w.actors.kbnn, programme.id))).code).toBe('FORBIDDEN');
    expect((await errorOf(exportProgrammeAppendix(w.actors.ministry, programme.id))).code).toBe('NOT_FOUND');
    expect((await errorOf(exportProgrammeAppendix(w.actors.ttkc, 999_999))).code).toBe('NOT_FOUND');
  });

  it('lets the ministry export a national (KCQG) programme', async () => {
    const programme = await createProgramme({ provinceId: w.hp.province.id, level: 'KCQG' });
    expect((await exportProgrammeAppendix(w.actors.ministry, programme.id)).bytes.length).toBeGreaterThan(1000);
  });
});
