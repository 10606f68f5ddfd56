// The demo data is something the portal itself could have produced (issue 12, "Done when" and items
// 8 and 15): appraisal checklists in the code's criteria, totals from cost lines, a full dossier on
// every submitted đề án, acceptance documents where an acceptance was held, invented decision
// numbers marked as demo, and Lâm Đồng's recoverable đề án flagged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { PROGRAMME_TARGETABLE_STATES } from '@/lib/domain/lifecycle/programme';
import { APPRAISAL_CRITERIA } from '@/lib/domain/project-appraisal';
import { checklistStatus, checklistSummary, parseChecklist } from '@/lib/domain/project-documents';
import { sumVnd } from '@/lib/domain/money';
import { normVerdict } from '@/lib/domain/money-checks';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { findProjectNorm } from '@/lib/server/projects/find-project-norm';
import { findProjects } from '@/lib/server/projects/find-projects';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { readStoredFile } from '@/lib/server/storage';
import { seedDemoData } from '@/prisma/seed/index';
import { testNow, thisYear } from '../factories/clock';
import { resetDatabase } from '../factories/world';

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db, { now: testNow() });
}, 240_000);

describe('demo data', () => {
  it('stores appraisal checklists with exactly the criteria the code defines', async () => {
    const appraisals = await db.appraisal.findMany({ select: { checklist: true } });
    expect(appraisals.length).toBeGreaterThan(0);
    const keys = APPRAISAL_CRITERIA.map((c) => c.key).sort();
    for (const a of appraisals) expect(Object.keys(a.checklist as object).sort()).toEqual(keys);
  });

  it('has no typed totals: every đề án total is the sum of its cost lines', async () => {
    const projects = await db.project.findMany({ select: { code: true, totalCostVnd: true, stateSupportVnd: true, costLines: { select: { amountVnd: true, stateSupportVnd: true } } } });
    for (const p of projects) {
      expect({ code: p.code, total: sumVnd(p.costLines.map((l) => l.amountVnd)) }).toEqual({ code: p.code, total: p.totalCostVnd });
      expect({ code: p.code, support: sumVnd(p.costLines.map((l) => l.stateSupportVnd)) }).toEqual({ code: p.code, support: p.stateSupportVnd });
    }
  });

  it('gives every đề án past the draft its full dossier, with files that download', async () => {
    const projects = await db.project.findMany({
      where: { status: { not: 'DRAFT' } },
      select: { code: true, contentCategory: { select: { dossierChecklist: true } }, documents: { where: { acceptanceId: null }, select: { kind: true, storageKey: true } } },
    });
    expect(projects.length).toBeGreaterThan(5);
    for (const p of projects) {
      const status = checklistStatus(parseChecklist(p.contentCategory.dossierChecklist), p.documents.map((d) => d.kind));
      expect({ code: p.code, badge: checklistSummary(status).text }).toEqual({ code: p.code, badge: `Đủ hồ sơ (${status.length}/${status.length})` });
    }
    const file = await readStoredFile(projects[0]!.documents[0]!.storageKey);
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(path.isAbsolute(process.env.UPLOAD_DIR!)).toBe(true);
    await expect(readFile(path.join(process.env.UPLOAD_DIR!, projects[0]!.documents[0]!.storageKey))).resolves.toBeTruthy();
  });

  it('gives every held acceptance its acceptance documents', async () => {
    const acceptances = await db.acceptance.findMany({
      where: { status: 'PASSED' },
      select: { project: { select: { code: true, contentCategory: { select: { acceptanceChecklist: true } } } }, documents: { select: { kind: true } } },
    });
    expect(acceptances.length).toBeGreaterThan(0);
    for (const a of acceptances) {
      const missing = checklistStatus(parseChecklist(a.project.contentCategory.acceptanceChecklist), a.documents.map((d) => d.kind)).filter((c) => !c.present);
      expect({ code: a.project.code, missing }).toEqual({ code: a.project.code, missing: [] });
    }
  });

  it('marks every invented decision number as demo data', async () => {
    const numbers = (await db.decision.findMany({ select: { number: true } })).map((d) => d.number);
    expect(numbers).toContain('DEMO-1234/QĐ-UBND');
    for (const n of numbers) expect(n).toMatch(/^DEMO-/);
  });

  it("flags Lâm Đồng's recoverable đề án in the list its officer reads", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: 'ld.ttkc' } });
    const actor: Actor = { id: user.id, role: user.role, fullName: user.fullName, provinceId: user.provinceId, organizationId: user.organizationId, adminUnitId: user.adminUnitId, facilityId: user.facilityId };
    const { rows } = await findProjects(actor, {});
    const flagged = rows.filter((r) => r.isRecoverable === true).map((r) => r.code);
    expect(flagged).toEqual(['KCĐP-2024-003']);
  });

  // Issue 10: a demo đề án once showed 10.000.000.003 ₫ approved against a 300.000.000 ₫ cap while
  // its page said "within the norm". Every đề án's approved support is checked here exactly as its
  // page checks it (the norm in force on its approval date, on its estimate or decided figures).
  it('approves no đề án above the spending norm its page applies, unless a recorded exception says why', async () => {
    const users = await db.user.findMany({ where: { role: 'SCT_LEADER' } });
    const projects = await db.project.findMany({ where: { approvedSupportVnd: { not: null } }, select: { id: true, code: true, provinceId: true, normExceptionNote: true } });
    expect(projects.length).toBeGreaterThan(5);
    let checked = 0;
    for (const p of projects) {
      const user = users.find((u) => u.provinceId === p.provinceId)!;
      const actor: Actor = { id: user.id, role: user.role, fullName: user.fullName, provinceId: user.provinceId, organizationId: user.organizationId, adminUnitId: user.adminUnitId, facilityId: user.facilityId };
      const norm = await findProjectNorm(actor, await getProjectOrThrow(actor, p.id));
      if (!norm.check) continue;
      checked++;
      const verdict = normVerdict(norm.check);
      expect({ code: p.code, verdict: verdict === 'over' && p.normExceptionNote ? 'over, with a recorded exception' : verdict }).not.toEqual({ code: p.code, verdict: 'over' });
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('has an approved Hải Phòng programme for this year and the next on the seed clock, the 2026–2030 one kept as written', async () => {
    const programmes = await db.programme.findMany({
      where: { province: { code: 'HP' }, status: { in: [...PROGRAMME_TARGETABLE_STATES] } },
      orderBy: { startYear: 'asc' },
      select: { code: true, startYear: true, endYear: true, decision: { select: { number: true, issuedOn: true } }, _count: { select: { targets: true } } },
    });
    expect(programmes[0]).toMatchObject({ code: 'KCDP-HP-2026-2030', startYear: 2026, endYear: 2030 });
    for (const year of [thisYear(), thisYear() + 1]) {
      const inForce = programmes.filter((p) => p.startYear <= year && year <= p.endYear);
      expect(inForce, `programmes in force in ${year}`).toHaveLength(1);
      // Approved with a demo decision no later than the clock's day, and with the full appendix.
      expect(inForce[0]!.decision!.number).toMatch(/^DEMO-/);
      expect(inForce[0]!.decision!.issuedOn.getTime()).toBeLessThanOrEqual(testNow().getTime());
      expect(inForce[0]!._count.targets).toBe(programmes[0]!._count.targets);
    }
  });
});
