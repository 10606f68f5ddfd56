// The one writer of every status column (lib/server/lifecycle/transition.ts), for each of its tables
// on a real database: a status change moves its own record — not another one of the same table in
// the same state — writes the new status, and leaves one audit row saying from what to what. A
// reason the lifecycle requires is asked for on the reason field.
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCEPTANCE_LIFECYCLE } from '@/lib/domain/lifecycle/acceptance';
import { FACILITY_VERIFICATION_LIFECYCLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import { COLLABORATOR_LIFECYCLE } from '@/lib/domain/lifecycle/collaborator';
import { CONTEST_ROUND_LIFECYCLE } from '@/lib/domain/lifecycle/contest';
import { DOCUMENT_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/document';
import { INSPECTION_LIFECYCLE } from '@/lib/domain/lifecycle/inspection';
import type { Lifecycle, StatefulModel } from '@/lib/domain/lifecycle/machine';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, PLAN_ITEM_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { REPAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/repayment';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import { SETTLEMENT_LIFECYCLE, YEARLY_SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { transition } from '@/lib/server/lifecycle/transition';
import { errorOf } from '../factories/errors';
import { contentCategory, createFacility, createProject, createWorld, freshWorld } from '../factories/world';

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;

beforeEach(async () => { w = await freshWorld(createWorld); });

const LIFECYCLES: Lifecycle<string, string>[] = [
  PROGRAMME_LIFECYCLE,
  CONSOLIDATED_PLAN_LIFECYCLE,
  ANNUAL_PLAN_LIFECYCLE,
  PLAN_ITEM_REVIEW_LIFECYCLE,
  PROJECT_LIFECYCLE,
  AMENDMENT_LIFECYCLE,
  ACCEPTANCE_LIFECYCLE,
  DOCUMENT_REVIEW_LIFECYCLE,
  PAYMENT_LIFECYCLE,
  SETTLEMENT_LIFECYCLE,
  REPAYMENT_LIFECYCLE,
  REPORT_LIFECYCLE,
  YEARLY_SETTLEMENT_LIFECYCLE,
  FACILITY_VERIFICATION_LIFECYCLE,
  SUPPORT_REQUEST_LIFECYCLE,
  INSPECTION_LIFECYCLE,
  COLLABORATOR_LIFECYCLE,
  CONTEST_ROUND_LIFECYCLE,
] as unknown as Lifecycle<string, string>[];

/** Each table's status column (a proposal's and a document's "status" is their review, a facility's its verification). */
const STATUS_COLUMN: Partial<Record<StatefulModel, string>> = { PlanItem: 'review', Document: 'review', Facility: 'verification' };

/** The table's Prisma delegate, by model name (programme, planItem …), to read a record back. */
const table = (model: StatefulModel) =>
  (db as unknown as Record<string, { findUniqueOrThrow(args: { where: { id: number } }): Promise<Record<string, unknown>> }>)[model[0]!.toLowerCase() + model.slice(1)]!;

/** Two records of the table in `status`, with whatever the table requires. */
async function twoRecords(model: StatefulModel, status: string): Promise<[number, number]> {
  const hp = w.hp.province.id;
  const column = STATUS_COLUMN[model] ?? 'status';
  // The status column named for the table; typed loosely since each table has its own enum.
  const s = { [column]: status } as Record<string, never>;
  const ids: number[] = [];
  const category = await contentCategory();
  for (const n of [1, 2]) {
    let id: number;
    switch (model) {
      case 'Programme':
        id = (await db.programme.create({ data: { provinceId: hp, code: `CT-${n}`, name: `Chương trình ${n}`, level: 'KCDP', startYear: 2026, endYear: 2030, ...s } })).id;
        break;
      case 'ConsolidatedPlan':
        id = (await db.consolidatedPlan.create({ data: { provinceId: hp, year: 2040 + n, title: `Kế hoạch ${n}`, registrationDeadline: new Date('2040-01-01'), openedById: w.actors.sct.id, ...s } })).id;
        break;
      case 'AnnualPlan':
      case 'PlanItem': {
        const round = await db.consolidatedPlan.upsert({
          where: { provinceId_year: { provinceId: hp, year: 2050 } },
          update: {},
          create: { provinceId: hp, year: 2050, title: 'Kế hoạch 2050', registrationDeadline: new Date('2050-01-01'), openedById: w.actors.sct.id },
        });
        const organizationId = n === 1 ? w.hp.orgs.ttkc.id : w.hp.orgs.sct.id;
        const plan = await db.annualPlan.create({
          data: { provinceId: hp, consolidatedPlanId: round.id, year: 2050, organizationId, createdById: w.actors.ttkc.id, ...(model === 'AnnualPlan' ? s : {}) },
        });
        id = model === 'AnnualPlan'
          ? plan.id
          : (await db.planItem.create({ data: { annualPlanId: plan.id, sortOrder: 1, name: `Đề xuất ${n}`, contentCategoryId: category, fundingLevel: 'KCDP', totalCostVnd: 100n, requestedSupportVnd: 50n, ...s } })).id;
        break;
      }
      case 'Project':
        id = (await createProject({ provinceId: hp, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: status as never })).id;
        break;
      case 'Amendment': {
        const project = await createProject({ provinceId: hp, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'IN_PROGRESS' });
        id = (await db.amendment.create({ data: { projectId: project.id, fromVersion: 1, kinds: ['TIME'], scale: 'SMALL', reason: 'Lùi hạn', before: {}, after: {}, requestedById: w.actors.ttkc.id, ...s } })).id;
        break;
      }
      case 'Acceptance':
        id = (await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), ...s } })).id;
        break;
      case 'Document':
        id = (
          await db.document.create({
            data: { provinceId: hp, projectId: w.projectA.id, kind: 'HOA_DON', title: `Hoá đơn ${n}`, fileName: `hd-${n}.pdf`, mimeType: 'application/pdf', sizeBytes: 1, sha256: `sha-${n}`, storageKey: `key-${n}`, uploadedById: w.actors.ttkc.id, ...s },
          })
        ).id;
        break;
      case 'PaymentRequest':
        id = (await db.paymentRequest.create({ data: { provinceId: hp, projectId: w.projectA.id, kind: 'ADVANCE', amountVnd: 1_000_000n, payeeName: 'Cơ sở gốm A', idempotencyKey: `key-${n}`, createdById: w.actors.ttkc.id, ...s } })).id;
        break;
      case 'Settlement': {
        const project = await createProject({ provinceId: hp, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'LIQUIDATED' });
        id = (await db.settlement.create({ data: { projectId: project.id, ...s } })).id;
        break;
      }
      case 'RepaymentSchedule': {
        const project = await createProject({ provinceId: hp, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'IN_PROGRESS' });
        id = (await db.repaymentSchedule.create({ data: { projectId: project.id, facilityId: w.facilityA.id, principalVnd: 10_000_000n, ...s } })).id;
        break;
      }
      case 'PeriodicReport':
        id = (await db.periodicReport.create({ data: { provinceId: hp, kind: 'QUARTERLY', year: 2026, period: n, organizationId: w.hp.orgs.ttkc.id, content: {}, createdById: w.actors.ttkc.id, ...s } })).id;
        break;
      case 'YearlySettlement':
        id = (await db.yearlySettlement.create({ data: { provinceId: hp, year: 2025 + n, fundingLevel: 'KCDP', createdById: w.actors.ttkc.id, ...s } })).id;
        break;
      case 'Facility': {
        const facility = await createFacility(hp, w.xaA.id, `Cơ sở chờ xác minh ${n}`);
        await db.facility.update({ where: { id: facility.id }, data: s });
        id = facility.id;
        break;
      }
      case 'SupportRequest':
        id = (
          await db.supportRequest.create({
            data: { provinceId: hp, facilityId: w.facilityA.id, adminUnitId: w.xaA.id, year: 2027, contentCategoryId: category, title: `Đề nghị ${n}`, totalCostVnd: 100n, counterpartVnd: 50n, requestedSupportVnd: 50n, createdById: w.actors.beneficiaryA.id, ...s },
          })
        ).id;
        break;
      case 'Inspection':
        id = (await db.inspection.create({ data: { provinceId: hp, year: 2026, title: `Kiểm tra ${n}`, plannedOn: new Date('2026-09-01'), team: 'Đoàn Sở', createdById: w.actors.sct.id, ...s } })).id;
        break;
      case 'Collaborator':
        id = (await db.collaborator.create({ data: { provinceId: hp, adminUnitId: w.xaA.id, fullName: `Cộng tác viên ${n}`, proposedOn: new Date('2026-02-01'), proposedById: w.actors.xaA.id, ...s } })).id;
        break;
      case 'ContestRound':
        id = (await db.contestRound.create({ data: { provinceId: hp, level: 'PROVINCE', year: 2026, name: `Bình chọn ${n}`, decisionNumber: `${n}/QĐ-SCT`, decisionDate: new Date('2026-08-01'), createdById: w.actors.sct.id, ...s } })).id;
        break;
    }
    ids.push(id);
  }
  return [ids[0]!, ids[1]!];
}

/** The first event of the lifecycle and an actor of the world whose role may fire it. */
function firstEvent(lifecycle: Lifecycle<string, string>) {
  const [event, rule] = Object.entries(lifecycle.events)[0]!;
  const actor = (Object.values(w.actors) as Actor[]).find((a) => can(a, rule.permission));
  if (!actor) throw new Error(`no actor of the world may ${event} (${rule.permission})`);
  return { event, from: rule.from[0]!, to: rule.to, actor, reason: rule.requiresReason ? 'Lý do thử' : null };
}

describe('a status change', () => {
  it('has a case for each lifecycle table', () => {
    expect(new Set(LIFECYCLES.map((l) => l.model)).size).toBe(18);
  });

  describe.each(LIFECYCLES.map((lifecycle) => ({ model: lifecycle.model, lifecycle })))('on $model', ({ model, lifecycle }) => {
    it('moves its own record only, writes the new status and one audit row', async () => {
      const { event, from, to, actor, reason } = firstEvent(lifecycle);
      const [mine, other] = await twoRecords(model, from);
      const column = STATUS_COLUMN[model] ?? 'status';
      const result = await db.$transaction((tx) => transition(tx, actor, lifecycle, { id: mine, status: from, provinceId: w.hp.province.id }, event, { reason }));
      expect(result).toBe(to);
      expect((await table(model).findUniqueOrThrow({ where: { id: mine } }))[column]).toBe(to);
      expect((await table(model).findUniqueOrThrow({ where: { id: other } }))[column]).toBe(from);
      const audits = await db.auditEvent.findMany({ where: { entityType: model, entityId: { in: [mine, other] } } });
      expect(audits).toMatchObject([{ entityId: mine, event, fromStatus: from, toStatus: to, actorId: actor.id, provinceId: w.hp.province.id, reason }]);
    });
  });

  it('asks for a required reason on the reason field and changes nothing', async () => {
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'IN_PROGRESS' });
    const refused = await errorOf(db.$transaction((tx) => transition(tx, w.actors.sct, PROJECT_LIFECYCLE, { id: project.id, status: 'IN_PROGRESS', provinceId: w.hp.province.id }, 'stop', { reason: '  ' })));
    expect(refused).toMatchObject({ code: 'VALIDATION', message: 'Cần nhập lý do để "Dừng thực hiện".', fieldErrors: { reason: 'Cần nhập lý do để "Dừng thực hiện".' } });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('IN_PROGRESS');
  });
});
