// The demo data carries the 2021–2025 history of the seeds, so the reports cover the period that
// just ended: Hải Phòng's 2021–2025 KCQG support is the 11.200.000.000 đ seed 000 states, and Lâm
// Đồng's plan-vs-done table has seed 004's five years.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findPlanVsDone } from '@/lib/server/reports/find-plan-vs-done';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';
import { resetDemoData } from '@/prisma/seed/index';
import { testNow } from '../factories/clock';
import type { Actor } from '@/lib/domain/roles';

async function actorOf(username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, role: u.role, fullName: u.fullName, provinceId: u.provinceId, organizationId: u.organizationId, adminUnitId: u.adminUnitId, facilityId: u.facilityId };
}

describe('demo history', () => {
  it('reports seed 000 for Hải Phòng and seed 004 for Lâm Đồng', async () => {
    await resetDemoData(db, { now: testNow() });
    const hp = await findSummaryReport(await actorOf('sct.lanhdao'), { yearFrom: 2021, yearTo: 2025 });
    // The five-year lines form their own period row, next to the live đề án of single years.
    const period = hp.byYear.find((r) => r.key === '2021-2025')!;
    expect([period.kcqgVnd, period.projects]).toEqual([11_200_000_000n, 115n]);
    expect(hp.total!.projects).toBe(hp.byYear.reduce((s, r) => s + r.projects, 0n));
    const ld = await findPlanVsDone(await actorOf('ld.sct'), { yearFrom: 2021, yearTo: 2025 });
    // 2021–2023 are history only; the demo's live Lâm Đồng đề án of 2024 add to that year's done.
    expect(ld.slice(0, 3).map((r) => [r.year, r.projectsPercent, r.moneyPercent])).toEqual([[2021, 97.4, 93.7], [2022, 100, 100], [2023, 100, 84.1]]);
    expect(ld.map((r) => r.plannedFromHistory)).toEqual([true, true, true, true, true]);
  }, 120_000);
});
