// The authorization matrix of the server actions, generated from the permission table: every
// exported function of every app/**/actions.ts is EXECUTED for every role (and for nobody signed in)
// × own/other xã, own/other facility, own/other province, and must be refused exactly when the
// permission table (ROLE_PERMISSIONS, or the lifecycle table for a status change) says the role may
// not, or the record is one the actor may not see (VISIBLE below, written by hand, independent of
// lib/domain/scope.ts).
//
// What runs is the real thing: the action wrapper of the file (action() → runAction: validation, the
// denied-attempt audit), the use case and its own checks, on a real database, connected as the
// application role the running portal uses (it owns nothing). Only the two seams a
// Node process has no request for are replaced: who is signed in (findActor/findSession — the same
// seam as acceptance-dossier.test.ts) and Next's cache and headers (revalidatePath has no cache to
// clear outside a Next server).
//
// allow = the use case went past its authorization: it succeeded or refused for a business reason
//         (VALIDATION, ILLEGAL_TRANSITION, CONFLICT, LIMIT_EXCEEDED);
// deny  = FORBIDDEN or NOT_FOUND (UNAUTHENTICATED for nobody signed in).
// The inventory is read from the files: an action without an entry in ACTIONS fails the test.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // As the running portal does: the application role that owns nothing (tests/database-app-role.test.ts).
  process.env.DATABASE_URL = process.env.TEST_APP_DATABASE_URL;
  const base = `${process.env.TMPDIR ?? '/tmp'}/kc-action-matrix-${process.pid}`;
  process.env.UPLOAD_DIR = `${base}/uploads`;
  process.env.UPLOAD_TRASH_DIR = `${base}/deleted`;
});

const session = vi.hoisted(() => ({ actor: null as import('@/lib/domain/roles').Actor | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/server/auth')>()),
  findActor: async () => session.actor,
  findSession: async () => (session.actor ? { actor: session.actor, mustChangePassword: false } : null),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.10' }) }));

import { can, type Permission } from '@/lib/domain/permissions';
import { CONTEST_ROUND_LIFECYCLE } from '@/lib/domain/lifecycle/contest';
import { INSPECTION_LIFECYCLE } from '@/lib/domain/lifecycle/inspection';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { REPORT_LIFECYCLE } from '@/lib/domain/lifecycle/report';
import { EMAIL_PREFERENCES } from '@/lib/domain/mail';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { hashToken } from '@/lib/server/mail/verification-token';
import type { ProjectStatus } from '@/prisma/generated/client/enums';
import { createDossierProject, createProjectWorld, documentFile, type ProjectWorld } from '../factories/project';
import { createProgramme } from '../factories/programme';
import { createRound, PLAN_YEAR, pdfFile } from '../factories/plan';
import { factoryAuthor } from '../factories/world';

const ROOT = path.resolve(import.meta.dirname, '../..');

type ActorKey = 'admin' | 'sct' | 'ttkc' | 'stc' | 'kbnn' | 'xaA' | 'beneficiaryA' | 'ministry' | 'ldTtkc';
const ACTOR_KEYS: ActorKey[] = ['admin', 'sct', 'ttkc', 'stc', 'kbnn', 'xaA', 'beneficiaryA', 'ministry', 'ldTtkc'];
/** own = the actor's own xã / facility / province side; other = another xã or facility (or treasury office) of it; far = another province; nat = national (KCQG or nationwide). */
type Variant = 'own' | 'other' | 'nat' | 'far';
type Kind =
  | 'project'
  | 'treasury'
  | 'programme'
  | 'registration'
  | 'adminUnit'
  | 'plan'
  | 'supportRequest'
  | 'report'
  | 'inspection'
  | 'collaborator'
  | 'contestRound'
  | 'user'
  | 'apiClient'
  | 'norm'
  | 'email';

const VARIANTS: Record<Kind, Variant[]> = {
  project: ['own', 'other', 'nat', 'far'],
  treasury: ['own', 'other', 'nat', 'far'],
  programme: ['own', 'other', 'nat', 'far'],
  registration: ['own', 'other', 'far'],
  adminUnit: ['own', 'other', 'far'],
  plan: ['own', 'other', 'far'],
  supportRequest: ['own', 'other', 'far'],
  report: ['own', 'other', 'far'],
  inspection: ['own', 'other', 'far'],
  collaborator: ['own', 'other', 'far'],
  contestRound: ['own', 'other', 'far'],
  user: ['own', 'far'],
  apiClient: ['own', 'nat', 'far'],
  norm: ['own', 'nat', 'far'],
  email: ['own', 'far'],
};

const HP_STAFF = ['own', 'other'] as Variant[];
/** The province's staff — admin, Sở Công Thương, Trung tâm Khuyến công, Sở Tài chính — touch the same records of every kind. */
const staff = (variants: Variant[]) => ({ admin: variants, sct: variants, ttkc: variants, stc: variants });
/** Every Hải Phòng account: its staff, its treasury officer, xã A's officer and facility A's account. */
const hpAccounts = (variants: Variant[]) => ({ ...staff(variants), kbnn: variants, xaA: variants, beneficiaryA: variants });
/** Which records each actor may touch, by hand (the scene below says what own/other/nat/far are for each kind). */
const VISIBLE: Record<Kind, Record<ActorKey, Variant[]>> = {
  // own = xã A / facility A (KCĐP); other = xã B / facility B; nat = a KCQG đề án in xã A of facility B; far = Lâm Đồng's.
  // The treasury officer touches none: no request of these đề án was sent to its treasury (see 'treasury').
  project: { ...staff(['own', 'other', 'nat']), kbnn: [], xaA: ['own', 'nat'], beneficiaryA: ['own'], ministry: ['nat', 'far'], ldTtkc: ['far'] },
  // Requests sent to a treasury: own = đề án A's to this KBNN office, other = đề án B's to another KBNN
  // office of the province, nat = the KCQG đề án's to this office, far = Lâm Đồng's to its own KBNN.
  treasury: { ...staff(['own', 'other', 'nat']), kbnn: ['own', 'nat'], xaA: ['own', 'nat'], beneficiaryA: ['own'], ministry: [], ldTtkc: ['far'] },
  // own = Hải Phòng KCĐP, nat = Hải Phòng KCQG, far = Lâm Đồng KCQG, other = Lâm Đồng KCĐP.
  programme: { ...staff(['own', 'nat']), kbnn: [], xaA: ['own', 'nat'], beneficiaryA: [], ministry: ['nat', 'far'], ldTtkc: ['far', 'other'] },
  // A facility's self-registration waiting for verification: in xã A, xã B, Lâm Đồng.
  registration: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  // A xã named in a form: any xã of the actor's province.
  adminUnit: { ...hpAccounts(HP_STAFF), ministry: ['own', 'other', 'far'], ldTtkc: ['far'] },
  // Yearly plans: own = UBND xã A's, other = UBND xã B's, far = Lâm Đồng's Trung tâm's.
  plan: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  // Support requests of facility A (xã A), facility B (xã B), Lâm Đồng's facility: staff see them once sent, the facility its own.
  supportRequest: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: ['own'], ministry: [], ldTtkc: ['far'] },
  // Periodic reports: own = UBND xã A's, other = the Trung tâm's, far = Lâm Đồng's Trung tâm's.
  report: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  // Inspections, collaborators: in xã A, xã B, Lâm Đồng.
  inspection: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  collaborator: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  // Contest rounds: own = the city-wide round, other = xã B's own round, far = Lâm Đồng's.
  contestRound: { ...staff(HP_STAFF), kbnn: [], xaA: ['own'], beneficiaryA: [], ministry: [], ldTtkc: ['far'] },
  // Accounts, and the outbox's emails, of the province; own = Hải Phòng's, far = Lâm Đồng's.
  user: { ...hpAccounts(['own']), ministry: [], ldTtkc: ['far'] },
  email: { ...hpAccounts(['own']), ministry: [], ldTtkc: ['far'] },
  // Open data API clients: the province's and the nationwide ones.
  apiClient: { ...hpAccounts(['own', 'nat']), ministry: [], ldTtkc: ['far', 'nat'] },
  // Spending norms that may be changed: the province's own (national ones are read-only).
  norm: { ...hpAccounts(['own']), ministry: [], ldTtkc: ['far'] },
};

// ───────────── The world and the scenes ─────────────
let w: ProjectWorld;
let actors: Record<ActorKey, Actor>;
let world: {
  ubndA: number;
  ubndB: number;
  otherTreasury: number;
  categoryId: number;
  /** A content of its own for the norms made here (the world's contents carry open-ended norms). */
  normCategoryId: number;
  councilHp: number[];
  councilLd: number[];
};
let n = 0;
const next = () => ++n;
/** Each scene with plans gets its own registration round (one plan per unit and round). */
let planYear = PLAN_YEAR + 2;
/** Norms of one content and source may not overlap in time (SpendingNorm_no_overlap): one year each. */
let normYear = 2040;
const normPeriod = () => {
  const year = normYear++;
  return { validFrom: `01/01/${year}`, validTo: `31/12/${year}` };
};

beforeAll(async () => {
  // A fresh database of this file's own (tests/setup/worker-database.ts): nothing to reset.
  w = await createProjectWorld();
  actors = { ...w.actors } as Record<ActorKey, Actor>;
  const hpId = w.hp.province.id;
  const ubndA = await db.organization.create({ data: { provinceId: hpId, kind: 'UBND_XA', name: 'UBND xã Nam Sách', adminUnitId: w.xaA.id } });
  const ubndB = await db.organization.create({ data: { provinceId: hpId, kind: 'UBND_XA', name: 'UBND xã Vĩnh Bảo', adminUnitId: w.xaB.id } });
  const otherTreasury = await db.organization.create({ data: { provinceId: hpId, kind: 'KBNN', name: 'KBNN khu vực thử' } });
  // The rounds of the year-based actions (open, close, budget, decision): one per province.
  await createRound(hpId, w.actors.sct.id);
  await createRound(w.ld.province.id, w.actors.ldTtkc.id);
  world = {
    ubndA: ubndA.id,
    ubndB: ubndB.id,
    otherTreasury: otherTreasury.id,
    categoryId: w.categoryId,
    normCategoryId: (await db.contentCategory.create({ data: { code: 'KC06', name: 'Thông tin, tuyên truyền', validFrom: new Date('2012-07-01') } })).id,
    councilHp: [w.actors.sct.id, w.actors.ttkc.id, w.actors.stc.id, w.actors.xaA.id],
    councilLd: [w.actors.ldTtkc.id],
  };
}, 120_000);

const decision = () => ({ number: `${next()}/QĐ-TEST`, issuedOn: '15/02/2027', issuer: 'UBND thành phố', signer: 'Nguyễn Văn A', summary: 'Quyết định thử' });

function form(fields: Record<string, string | File>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
const xlsx = () => new File([Buffer.from('not really a workbook')], 'bang.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

/**
 * The records one action is tried on, made on first use (fresh for every action, so what one action
 * changes never decides another's outcome). A variant's record is what own/other/nat/far mean for its kind.
 */
class Scene {
  private memo = new Map<string, Promise<unknown>>();
  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }
  private side(v: Variant) {
    const hp = { provinceId: w.hp.province.id, ttkcOrg: w.hp.orgs.ttkc.id, kbnnOrg: w.hp.orgs.kbnn.id };
    const ld = { provinceId: w.ld.province.id, ttkcOrg: w.ld.orgs.ttkc.id, kbnnOrg: w.ld.orgs.kbnn.id };
    switch (v) {
      case 'own':
        return { ...hp, adminUnitId: w.xaA.id, facilityId: w.facilityA.id, level: 'KCDP' as const };
      case 'other':
        return { ...hp, adminUnitId: w.xaB.id, facilityId: w.facilityB.id, level: 'KCDP' as const };
      case 'nat':
        return { ...hp, adminUnitId: w.xaA.id, facilityId: w.facilityB.id, level: 'KCQG' as const };
      case 'far':
        return { ...ld, adminUnitId: w.xaLd.id, facilityId: w.facilityLd.id, level: 'KCQG' as const };
    }
  }

  project(v: Variant, status: ProjectStatus = 'IN_PROGRESS') {
    return this.once(`project:${v}:${status}`, async () => {
      const s = this.side(v);
      const p = await createDossierProject(w, {
        status,
        provinceId: s.provinceId,
        implementingOrgId: s.ttkcOrg,
        adminUnitId: s.adminUnitId,
        facilityIds: [s.facilityId],
        fundingLevel: s.level,
      });
      // Made by someone outside the matrix: the author's own-appraisal exclusion is another test's.
      await db.project.update({ where: { id: p.id }, data: { createdById: await factoryAuthor() } });
      return { id: p.id, status, facilityId: s.facilityId, provinceId: s.provinceId };
    });
  }

  /** A payment request of the variant's đề án: DRAFT, or sent to a treasury ('treasury' kind). */
  payment(v: Variant, sent: boolean) {
    return this.once(`payment:${v}:${sent}`, async () => {
      const p = await this.project(v);
      const treasuryOrgId = !sent ? null : v === 'other' ? world.otherTreasury : this.side(v).kbnnOrg;
      const r = await db.paymentRequest.create({
        data: {
          provinceId: p.provinceId,
          projectId: p.id,
          kind: 'ADVANCE',
          amountVnd: 10_000_000n,
          payeeName: 'Cơ sở thụ hưởng',
          status: sent ? 'SENT_TO_TREASURY' : 'DRAFT',
          treasuryOrgId,
          sentAt: sent ? new Date('2027-02-20T02:00:00Z') : null,
          createdById: await factoryAuthor(),
        },
      });
      return r.id;
    });
  }

  document(v: Variant) {
    return this.once(`document:${v}`, async () => {
      const p = await this.project(v);
      const d = await db.document.create({ data: { ...documentFile({ title: 'Tài liệu' }), provinceId: p.provinceId, projectId: p.id, uploadedById: await factoryAuthor() } });
      return d.id;
    });
  }

  acceptance(v: Variant) {
    return this.once(`acceptance:${v}`, async () => {
      const p = await this.project(v, 'UNDER_ACCEPTANCE');
      const a = await db.acceptance.create({ data: { projectId: p.id, scheduledOn: new Date('2027-03-10') } });
      return { projectId: p.id, acceptanceId: a.id, provinceId: p.provinceId };
    });
  }

  /** A document of the variant's acceptance dossier: UPLOADED (to withdraw) or HANDED_IN (to review). */
  dossierDocument(v: Variant, review: 'UPLOADED' | 'HANDED_IN') {
    return this.once(`dossier:${v}:${review}`, async () => {
      const a = await this.acceptance(v);
      const d = await db.document.create({
        data: { ...documentFile({ kind: 'BAO_CAO_KET_QUA', title: 'Báo cáo kết quả' }), provinceId: a.provinceId, projectId: a.projectId, acceptanceId: a.acceptanceId, uploadedById: await factoryAuthor(), review },
      });
      return d.id;
    });
  }

  /** A file attached to the variant's draft support request (the facility may still withdraw it). */
  supportRequestDocument(v: Variant) {
    return this.once(`supportRequestDocument:${v}`, async () => {
      const requestId = await this.supportRequest(v, 'DRAFT');
      const request = await db.supportRequest.findUniqueOrThrow({ where: { id: requestId } });
      const d = await db.document.create({
        data: { ...documentFile({ kind: 'BAO_GIA', title: 'Báo giá' }), provinceId: request.provinceId, supportRequestId: request.id, uploadedById: await factoryAuthor() },
      });
      return d.id;
    });
  }

  amendment(v: Variant) {
    return this.once(`amendment:${v}`, async () => {
      const p = await this.project(v);
      const a = await db.amendment.create({
        data: { projectId: p.id, fromVersion: 1, kinds: ['CONTENT'], scale: 'SMALL', reason: 'Đổi nội dung', before: {}, after: {}, requestedById: await factoryAuthor() },
      });
      return a.id;
    });
  }

  output(v: Variant) {
    return this.once(`output:${v}`, async () => {
      const p = await this.project(v);
      const o = await db.projectOutput.create({
        data: { provinceId: p.provinceId, projectId: p.id, kind: 'TRAINING_CLASS', title: 'Lớp tập huấn', heldOn: new Date('2027-01-10'), quantity: 20, recordedById: await factoryAuthor() },
      });
      return o.id;
    });
  }

  schedule(v: Variant) {
    return this.once(`schedule:${v}`, async () => {
      const p = await this.project(v);
      const r = await db.repaymentSchedule.create({ data: { projectId: p.id, facilityId: p.facilityId, principalVnd: 10_000_000n } });
      return r.id;
    });
  }

  programme(v: Variant) {
    return this.once(`programme:${v}`, async () => {
      const provinceId = v === 'own' || v === 'nat' ? w.hp.province.id : w.ld.province.id;
      const level = v === 'own' || v === 'other' ? 'KCDP' : 'KCQG';
      return (await createProgramme({ provinceId, level, appendix: null })).id;
    });
  }

  pendingFacility(v: Variant) {
    return this.once(`registration:${v}`, async () => {
      const s = this.side(v);
      const f = await db.facility.create({
        data: { provinceId: s.provinceId, adminUnitId: s.adminUnitId, name: `Cơ sở tự đăng ký ${next()}`, legalForm: 'HO_KINH_DOANH', taxCode: String(8_000_000_000 + next()), verification: 'PENDING', selfRegistered: true },
      });
      return f.id;
    });
  }

  adminUnit(v: Variant) {
    return this.side(v).adminUnitId;
  }

  /** This scene's registration round of the province (its own year). */
  private round(provinceId: number) {
    return this.once(`round:${provinceId}`, async () => {
      const year = planYear++;
      return createRound(provinceId, await factoryAuthor(), { year });
    });
  }

  /** The yearly plan of an organisation in this scene's round, DRAFT. */
  planOf(organizationId: number) {
    return this.once(`plan:${organizationId}`, async () => {
      const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
      const round = await this.round(org.provinceId!);
      const plan = await db.annualPlan.create({
        data: { provinceId: org.provinceId!, consolidatedPlanId: round.id, year: round.year, organizationId, adminUnitId: org.adminUnitId, createdById: await factoryAuthor() },
      });
      return plan;
    });
  }

  plan(v: Variant) {
    return this.planOf(v === 'own' ? world.ubndA : v === 'other' ? world.ubndB : w.ld.orgs.ttkc.id);
  }

  /** The plan an actor would write into: its own unit's (a role without one gets the xã A plan). */
  actorPlan(key: ActorKey) {
    const org = { sct: w.hp.orgs.sct.id, ttkc: w.hp.orgs.ttkc.id, xaA: world.ubndA, ldTtkc: w.ld.orgs.ttkc.id } as Partial<Record<ActorKey, number>>;
    return this.planOf(org[key] ?? world.ubndA);
  }

  planItem(v: Variant) {
    return this.once(`planItem:${v}`, async () => {
      const plan = await this.plan(v);
      const s = this.side(v);
      const item = await db.planItem.create({
        data: {
          annualPlanId: plan.id,
          sortOrder: 1,
          name: 'Hỗ trợ máy ép gạch',
          contentCategoryId: world.categoryId,
          fundingLevel: 'KCDP',
          adminUnitId: s.adminUnitId,
          totalCostVnd: 1_000_000_000n,
          requestedSupportVnd: 300_000_000n,
          counterpartVnd: 700_000_000n,
          beneficiaries: { create: [{ facilityId: s.facilityId }] },
        },
      });
      return item.id;
    });
  }

  supportRequest(v: Variant, status: 'DRAFT' | 'SENT') {
    return this.once(`supportRequest:${v}:${status}`, async () => {
      const s = this.side(v);
      const r = await db.supportRequest.create({
        data: {
          provinceId: s.provinceId,
          facilityId: s.facilityId,
          adminUnitId: s.adminUnitId,
          year: PLAN_YEAR,
          contentCategoryId: world.categoryId,
          title: 'Hỗ trợ máy sấy',
          totalCostVnd: 200_000_000n,
          counterpartVnd: 100_000_000n,
          requestedSupportVnd: 100_000_000n,
          status,
          sentAt: status === 'SENT' ? new Date('2027-02-01T02:00:00Z') : null,
          createdById: await factoryAuthor(),
        },
      });
      return r.id;
    });
  }

  /** A periodic report of UBND xã A (own), the Trung tâm (other) or Lâm Đồng's Trung tâm (far). */
  report(v: Variant, status: 'DRAFT' | 'SUBMITTED') {
    return this.once(`report:${v}:${status}`, async () => {
      const k = next();
      const owner =
        v === 'own'
          ? { provinceId: w.hp.province.id, organizationId: world.ubndA, adminUnitId: w.xaA.id }
          : v === 'other'
            ? { provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id, adminUnitId: null }
            : { provinceId: w.ld.province.id, organizationId: w.ld.orgs.ttkc.id, adminUnitId: null };
      const r = await db.periodicReport.create({
        data: {
          ...owner,
          kind: 'MONTHLY_PROGRESS',
          year: 2000 + Math.floor(k / 12),
          period: (k % 12) + 1,
          content: { figures: {}, narrative: { results: 'Đã làm', difficulties: '', proposals: '' } },
          status,
          createdById: await factoryAuthor(),
        },
      });
      return r.id;
    });
  }

  inspection(v: Variant) {
    return this.once(`inspection:${v}`, async () => {
      const s = this.side(v);
      const i = await db.inspection.create({
        data: { provinceId: s.provinceId, year: 2027, title: 'Kiểm tra thử', plannedOn: new Date('2027-03-15'), adminUnitId: s.adminUnitId, team: 'Đoàn kiểm tra', createdById: await factoryAuthor() },
      });
      return i.id;
    });
  }

  collaborator(v: Variant) {
    return this.once(`collaborator:${v}`, async () => {
      const s = this.side(v);
      const c = await db.collaborator.create({
        data: { provinceId: s.provinceId, adminUnitId: s.adminUnitId, fullName: 'Cộng tác viên thử', proposedOn: new Date('2027-01-05'), proposedById: await factoryAuthor() },
      });
      return c.id;
    });
  }

  /** A contest round (own = city-wide, other = xã B's, far = Lâm Đồng's) with one criterion and its council. */
  contestRound(v: Variant, status: 'DRAFT' | 'OPEN' | 'SCORING' | 'PUBLISHED', tag = '') {
    return this.once(`contest:${v}:${status}:${tag}`, async () => {
      const s = this.side(v);
      const hp = v !== 'far';
      const r = await db.contestRound.create({
        data: {
          provinceId: s.provinceId,
          level: v === 'other' ? 'XA' : 'PROVINCE',
          year: 2027,
          name: `Bình chọn thử ${next()}`,
          adminUnitId: v === 'other' ? w.xaB.id : null,
          decisionNumber: `${next()}/QĐ-BC`,
          decisionDate: new Date('2027-01-15'),
          winnerCount: 1,
          status,
          createdById: await factoryAuthor(),
          criteria: { create: [{ name: 'Chất lượng', maxPoints: 10, sortOrder: 1 }] },
          members: { create: (hp ? world.councilHp : world.councilLd).map((userId) => ({ userId })) },
        },
        include: { criteria: true },
      });
      return { id: r.id, criterionId: r.criteria[0]!.id, provinceId: s.provinceId };
    });
  }

  /** An entry (of facility B for Hải Phòng: no council member scores their own xã) in a round that is scoring. */
  contestEntry(v: Variant) {
    return this.once(`entry:${v}`, async () => {
      const round = await this.contestRound(v, 'SCORING');
      const facilityId = v === 'far' ? w.facilityLd.id : w.facilityB.id;
      const adminUnitId = v === 'far' ? w.xaLd.id : w.xaB.id;
      const e = await db.contestEntry.create({
        data: { roundId: round.id, provinceId: round.provinceId, facilityId, adminUnitId, productName: 'Gốm men lam', productGroup: 'Thủ công mỹ nghệ', forwardedById: await factoryAuthor() },
      });
      return { entryId: e.id, criterionId: round.criterionId };
    });
  }

  user(v: Variant) {
    return this.once(`user:${v}`, async () => {
      const u = await db.user.create({
        data: { username: `matrix-user-${next()}`, passwordHash: 'x', fullName: 'Người dùng thử', role: 'TTKC_STAFF', provinceId: v === 'far' ? w.ld.province.id : w.hp.province.id, organizationId: v === 'far' ? w.ld.orgs.ttkc.id : w.hp.orgs.ttkc.id },
      });
      return u.id;
    });
  }

  apiClient(v: Variant) {
    return this.once(`apiClient:${v}`, async () => {
      const provinceId = v === 'own' ? w.hp.province.id : v === 'far' ? w.ld.province.id : null;
      const c = await db.apiClient.create({ data: { name: `Đơn vị dùng API ${next()}`, provinceId, createdAt: new Date('2027-01-01T00:00:00Z') } });
      return c.id;
    });
  }

  apiToken(v: Variant) {
    return this.once(`apiToken:${v}`, async () => {
      const t = await db.apiToken.create({ data: { clientId: await this.apiClient(v), prefix: 'kc_test', tokenHash: createHash('sha256').update(randomUUID()).digest('hex'), createdAt: new Date('2027-01-01T00:00:00Z') } });
      return t.id;
    });
  }

  norm(v: Variant) {
    return this.once(`norm:${v}`, async () => {
      const provinceId = v === 'own' ? w.hp.province.id : v === 'far' ? w.ld.province.id : null;
      const fundingSource = v === 'nat' ? 'KCQG' : 'KCDP';
      const year = normYear++;
      const m = await db.spendingNorm.create({
        data: { provinceId, contentCategoryId: world.normCategoryId, fundingSource, maxShareBp: 5000, ceilingScope: 'PER_PROJECT', legalBasis: 'Văn bản thử', validFrom: new Date(`${year}-01-01`), validTo: new Date(`${year}-12-31`) },
      });
      return m.id;
    });
  }

  email(v: Variant) {
    return this.once(`email:${v}`, async () => {
      const e = await db.outboundEmail.create({
        data: { userId: await this.user(v), kind: 'NOTIFICATION', toAddress: 'a@example.org', subject: 'Thư', text: 'Thư', html: '<p>Thư</p>', delivery: 'FAILED', attempts: 5, nextAttemptAt: new Date('2027-02-01T00:00:00Z'), createdAt: new Date('2027-02-01T00:00:00Z') },
      });
      return e.id;
    });
  }
}

// ───────────── The actions: what each asks for, and an input naming the variant's record ─────────────
interface ActionSpec {
  /** From the permission table; null = any signed-in person acting on their own account; 'public' = no session at all. */
  permission: Permission | null | 'public';
  /** The kind of record its input names (the scope it is checked against); null = none (the actor's own province or account). */
  kind: Kind | null;
  /** A valid input (it must pass the schema, or the use case never runs) naming the variant's record. */
  input: (s: Scene, v: Variant, key: ActorKey) => Promise<unknown> | unknown;
  /** A rule beside permission × scope that the use case also applies, with its reason. */
  also?: { rule: string; allows: (key: ActorKey, v: Variant) => boolean };
  /** After a call that succeeds (a deletion), the next call gets fresh records. */
  fresh?: boolean;
  /**
   * A xã picked in a creation form is refused as an error on its field when it lies outside the
   * actor's province (the same answer as for one that does not exist): that field error is the deny.
   */
  refusedOnField?: string;
}

/** Only the unit that writes a yearly plan changes or sends it (lib/server/plans/plan-access.ts assertPlanAuthor). */
const PLAN_AUTHOR = { rule: 'the plan author unit', allows: (key: ActorKey, v: Variant) => (key === 'xaA' && v === 'own') || (key === 'ldTtkc' && v === 'far') };
/** Only the unit that files a periodic report edits or sends it (save/submit-periodic-report.ts). */
const REPORT_AUTHOR = {
  rule: 'the reporting unit',
  allows: (key: ActorKey, v: Variant) => (key === 'xaA' && v === 'own') || (key === 'ttkc' && v === 'other') || (key === 'ldTtkc' && v === 'far'),
};

const project = async (s: Scene, v: Variant, status?: ProjectStatus) => (await s.project(v, status)).id;

const ACTIONS: Record<string, ActionSpec> = {
  // Báo cáo định kỳ
  '/bao-cao/dinh-ky#openPeriodicReportAction': { permission: 'report:submit', kind: null, input: () => ({ kind: 'QUARTERLY', year: '2026', period: '1' }) },
  '/bao-cao/dinh-ky#savePeriodicReportAction': {
    permission: 'report:submit',
    kind: 'report',
    also: REPORT_AUTHOR,
    input: async (s, v) => ({ reportId: await s.report(v, 'DRAFT'), results: 'Kết quả', difficulties: '', proposals: '' }),
  },
  '/bao-cao/dinh-ky#submitPeriodicReportAction': { permission: 'report:submit', kind: 'report', also: REPORT_AUTHOR, input: async (s, v) => ({ reportId: await s.report(v, 'DRAFT') }) },
  '/bao-cao/dinh-ky#withdrawPeriodicReportAction': { permission: 'report:submit', kind: 'report', also: REPORT_AUTHOR, input: async (s, v) => ({ reportId: await s.report(v, 'SUBMITTED') }) },
  '/bao-cao/dinh-ky#reviewPeriodicReportAction': {
    permission: REPORT_LIFECYCLE.events.accept.permission,
    kind: 'report',
    input: async (s, v) => ({ reportId: await s.report(v, 'SUBMITTED'), decision: 'accept' }),
  },
  '/bao-cao/nhap-lich-su#previewHistoryAction': { permission: 'programme:edit', kind: null, input: () => form({ file: xlsx() }) },
  '/bao-cao/nhap-lich-su#importHistoryAction': { permission: 'programme:edit', kind: null, input: () => form({ file: xlsx(), sha256: 'a'.repeat(64) }) },

  // Bình chọn sản phẩm
  '/binh-chon#createContestRoundAction': {
    permission: 'contest:manage',
    kind: null,
    input: () => ({
      name: 'Bình chọn sản phẩm CNNT tiêu biểu',
      level: 'PROVINCE',
      year: '2027',
      decisionNumber: `${next()}/QĐ-SCT`,
      decisionDate: '15/01/2027',
      winnerCount: '1',
      criteria: [{ name: 'Chất lượng', maxPoints: '10' }],
      memberIds: [actors.sct.id],
    }),
  },
  '/binh-chon#moveContestRoundAction': {
    permission: CONTEST_ROUND_LIFECYCLE.events.open.permission,
    kind: 'contestRound',
    input: async (s, v) => ({ roundId: (await s.contestRound(v, 'DRAFT')).id, event: 'open' }),
  },
  '/binh-chon#forwardContestEntryAction': {
    permission: 'contest:forward',
    kind: 'contestRound',
    input: async (s, v) => ({ roundId: (await s.contestRound(v, 'OPEN')).id, facilityId: w.facilityA.id, productName: `Sản phẩm ${next()}`, productGroup: 'Thủ công mỹ nghệ' }),
  },
  '/binh-chon#scoreContestEntryAction': {
    permission: 'contest:score',
    kind: 'contestRound',
    input: async (s, v) => {
      const e = await s.contestEntry(v);
      return { entryId: e.entryId, points: [{ criterionId: e.criterionId, points: '7' }] };
    },
  },
  '/binh-chon#forwardContestWinnersAction': {
    permission: 'contest:manage',
    kind: 'contestRound',
    input: async (s, v) => ({ fromRoundId: (await s.contestRound(v, 'PUBLISHED')).id, toRoundId: (await s.contestRound(v, 'OPEN', 'next')).id }),
  },

  // Chương trình
  '/chuong-trinh#createProgrammeAction': {
    permission: 'programme:edit',
    kind: null,
    input: () => ({ code: `CT-${next()}`, name: 'Chương trình khuyến công thử', level: 'KCDP', startYear: '2026', endYear: '2030' }),
  },
  '/chuong-trinh/[id]#saveTargetsAction': { permission: 'programme:edit', kind: 'programme', input: async (s, v) => ({ programmeId: await s.programme(v), version: 'x', groups: [] }) },
  '/chuong-trinh/[id]#approveProgrammeAction': {
    permission: 'programme:approve',
    kind: 'programme',
    input: async (s, v) => form({ programmeId: String(await s.programme(v)), ...decision() }),
  },
  '/chuong-trinh/[id]#closeProgrammeAction': { permission: 'programme:approve', kind: 'programme', input: async (s, v) => ({ programmeId: await s.programme(v), reason: 'Hết giai đoạn' }) },
  '/chuong-trinh/[id]/nhap-excel#previewAppendixAction': { permission: 'programme:edit', kind: 'programme', input: async (s, v) => form({ programmeId: String(await s.programme(v)), file: xlsx() }) },
  '/chuong-trinh/[id]/nhap-excel#importAppendixAction': {
    permission: 'programme:edit',
    kind: 'programme',
    input: async (s, v) => form({ programmeId: String(await s.programme(v)), file: xlsx(), sha256: 'a'.repeat(64), version: 'x' }),
  },

  // Cơ sở tự đăng ký
  '/co-so/cho-xac-minh#decideFacilityAction': { permission: 'facility:verify', kind: 'registration', input: async (s, v) => ({ facilityId: await s.pendingFacility(v), decision: 'verify' }) },
  '/dang-ky-co-so#registerFacilityAction': {
    permission: 'public',
    kind: null,
    input: () => {
      const k = next();
      return {
        name: `Cơ sở tự đăng ký ${k}`,
        legalForm: 'HO_KINH_DOANH',
        taxCode: String(7_000_000_000 + k),
        representative: 'Trần Văn B',
        phone: '0912345678',
        address: 'Thôn Đông',
        adminUnitId: String(w.xaA.id),
        sector: 'Gốm sứ',
        workers: '5',
        username: `tu-dang-ky-${k}`,
        password: 'một mật khẩu dài dễ nhớ 2027',
        confirmPassword: 'một mật khẩu dài dễ nhớ 2027',
      };
    },
  },

  // Cộng tác viên
  '/cong-tac-vien#proposeCollaboratorAction': {
    permission: 'collaborator:propose',
    kind: 'adminUnit',
    refusedOnField: 'adminUnitId',
    input: (s, v) => ({ adminUnitId: s.adminUnit(v), fullName: 'Lê Thị C', proposedOn: '05/01/2027' }),
  },
  '/cong-tac-vien#approveCollaboratorAction': {
    permission: 'collaborator:approve',
    kind: 'collaborator',
    input: async (s, v) => ({ collaboratorId: await s.collaborator(v), number: `${next()}/QĐ-SCT`, issuedOn: '10/01/2027', signer: 'Nguyễn Văn A' }),
  },
  '/cong-tac-vien#endCollaboratorAction': { permission: 'collaborator:approve', kind: 'collaborator', input: async (s, v) => ({ collaboratorId: await s.collaborator(v), reason: 'Chuyển công tác' }) },
  '/cong-tac-vien#collaboratorActivityAction': {
    permission: 'collaborator:propose',
    kind: 'collaborator',
    input: async (s, v) => ({ collaboratorId: await s.collaborator(v), occurredOn: '10/02/2027', description: 'Tuyên truyền', supportVnd: '0' }),
  },

  // Đề án
  '/de-an/moi#createProjectAction': {
    permission: 'project:edit',
    kind: null,
    input: () => ({ name: 'Hỗ trợ máy ép gạch', year: '2027', fundingLevel: 'KCDP', contentCategoryId: String(world.categoryId) }),
  },
  '/de-an/[id]#changeStatusAction': {
    permission: PROJECT_LIFECYCLE.events.stop.permission,
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), expectedStatus: 'IN_PROGRESS', event: 'stop', reason: 'Cơ sở ngừng sản xuất' }),
  },
  '/de-an/[id]#appraiseAction': {
    permission: 'project:appraise',
    kind: 'project',
    input: async (s, v) => ({
      projectId: await project(s, v, 'SUBMITTED'),
      expectedStatus: 'SUBMITTED',
      result: 'FAIL',
      checklist: { fitsProgramme: false, efficient: false, capable: false, noDoubleFunding: false, completeDossier: false },
      opinion: 'Chưa đạt',
      recommendedSupportVnd: '',
    }),
  },
  '/de-an/[id]#approveAction': {
    permission: 'project:approve',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v, 'APPRAISED'), expectedStatus: 'APPRAISED', approvedSupportVnd: '100.000.000', decision: decision() }),
  },
  '/de-an/[id]#signContractAction': {
    permission: 'project:contract',
    kind: 'project',
    input: async (s, v) => ({
      projectId: await project(s, v, 'APPROVED'),
      expectedStatus: 'APPROVED',
      number: `${next()}/HĐ`,
      signedOn: '20/02/2027',
      partyBName: 'Cơ sở thụ hưởng',
      valueVnd: '500.000.000',
      supportVnd: '100.000.000',
      filedWithTreasury: true,
    }),
  },
  '/de-an/[id]#requestAcceptanceAction': {
    permission: 'project:execute',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), expectedStatus: 'IN_PROGRESS', scheduledOn: '10/03/2027' }),
  },
  '/de-an/[id]#acceptanceResultAction': {
    permission: 'acceptance:manage',
    kind: 'project',
    input: async (s, v) => ({
      projectId: (await s.acceptance(v)).projectId,
      expectedStatus: 'UNDER_ACCEPTANCE',
      result: 'FAIL',
      heldOn: '25/02/2027',
      councilMembers: 'Hội đồng nghiệm thu',
      notes: 'Chưa đủ hồ sơ',
    }),
  },
  '/de-an/[id]#normExceptionAction': { permission: 'norm:exception', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v), note: 'Theo công văn số 12/UBND' }) },
  '/de-an/[id]#uploadDocumentAction': {
    permission: 'project:edit',
    kind: 'project',
    input: async (s, v) => form({ projectId: String(await project(s, v, 'DRAFT')), kind: 'KHAC', file: pdfFile('tai-lieu.pdf') }),
  },
  '/de-an/[id]#deleteDocumentAction': { permission: 'project:edit', kind: 'project', input: async (s, v) => ({ documentId: await s.document(v) }) },
  '/de-an/[id]#deleteProjectAction': { permission: 'project:edit', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v) }) },
  '/de-an/[id]#recordOutputAction': {
    permission: 'output:record',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), kind: 'FAIR_BOOTHS', title: 'Hội chợ', heldOn: '10/02/2027', quantity: '2' }),
  },
  '/de-an/[id]#importParticipantsAction': { permission: 'output:record', kind: 'project', input: async (s, v) => form({ outputId: String(await s.output(v)), file: xlsx() }) },
  '/de-an/[id]#deleteOutputAction': { permission: 'output:record', kind: 'project', input: async (s, v) => ({ outputId: await s.output(v) }) },
  '/de-an/[id]/dieu-chinh#requestAmendmentAction': {
    permission: 'project:amend-request',
    kind: 'project',
    input: async (s, v) => {
      const p = await s.project(v);
      return {
        projectId: p.id,
        reason: 'Đổi thiết bị',
        name: 'Hỗ trợ máy ép gạch (điều chỉnh)',
        beneficiaries: [{ facilityId: p.facilityId }],
        lines: [{ item: 'Máy ép', unit: 'chiếc', quantity: '1', unitPriceVnd: '500.000.000', stateSupportVnd: '100.000.000' }],
      };
    },
  },
  '/de-an/[id]/dieu-chinh#decideAmendmentAction': { permission: 'project:amend-decide', kind: 'project', input: async (s, v) => ({ amendmentId: await s.amendment(v), approve: false, note: 'Không duyệt' }) },
  '/de-an/[id]/dieu-chinh#withdrawAmendmentAction': { permission: 'project:amend-request', kind: 'project', input: async (s, v) => ({ amendmentId: await s.amendment(v) }) },
  '/de-an/[id]/du-toan#replaceCostLinesAction': { permission: 'project:edit', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v), lines: [] }) },
  '/de-an/[id]/nghiem-thu/[acceptanceId]#handInDossierAction': {
    permission: 'acceptance:upload-dossier',
    kind: 'project',
    input: async (s, v) => {
      const a = await s.acceptance(v);
      return { projectId: a.projectId, acceptanceId: a.acceptanceId };
    },
  },
  '/de-an/[id]/nghiem-thu/[acceptanceId]#withdrawDossierDocumentAction': {
    permission: 'acceptance:upload-dossier',
    kind: 'project',
    input: async (s, v) => ({ documentId: await s.dossierDocument(v, 'UPLOADED') }),
  },
  '/de-an/[id]/nghiem-thu/[acceptanceId]#reviewDossierDocumentAction': {
    permission: 'acceptance:manage',
    kind: 'project',
    input: async (s, v) => ({ documentId: await s.dossierDocument(v, 'HANDED_IN'), decision: 'accept' }),
  },
  '/de-an/[id]/quyet-toan#liquidateAction': {
    permission: 'settlement:manage',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v, 'ACCEPTED'), expectedStatus: 'ACCEPTED', minutesNumber: `${next()}/BB`, signedOn: '20/02/2027', signatoryA: 'Bên A', signatoryB: 'Bên B' }),
  },
  '/de-an/[id]/quyet-toan#refundAction': {
    permission: 'settlement:manage',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), amountVnd: '1.000.000', documentNumber: `${next()}/NT`, paidOn: '20/02/2027' }),
  },
  '/de-an/[id]/quyet-toan#submitSettlementAction': { permission: 'settlement:manage', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v) }) },
  '/de-an/[id]/quyet-toan#approveSettlementAction': { permission: 'settlement:approve', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v), decision: decision() }) },
  '/de-an/[id]/quyet-toan#returnSettlementAction': {
    permission: 'settlement:approve',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), reason: 'Thiếu chứng từ nộp trả' }),
  },
  '/de-an/[id]/quyet-toan#closeProjectAction': { permission: 'settlement:approve', kind: 'project', input: async (s, v) => ({ projectId: await project(s, v) }) },
  '/de-an/[id]/sua#updateProjectAction': {
    permission: 'project:edit',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v, 'DRAFT'), name: 'Tên mới', year: '2026', fundingLevel: 'KCDP', contentCategoryId: String(world.categoryId) }),
  },
  '/de-an/[id]/sua#setBeneficiariesAction': {
    permission: 'project:edit',
    kind: 'project',
    input: async (s, v) => {
      const p = await s.project(v);
      return { projectId: p.id, beneficiaries: [{ facilityId: p.facilityId }] };
    },
  },
  '/de-an/[id]/thanh-toan#requestPaymentAction': {
    permission: 'payment:request',
    kind: 'project',
    input: async (s, v) => ({ projectId: await project(s, v), kind: 'ADVANCE', amountVnd: '1.000.000', payeeName: 'Cơ sở thụ hưởng', idempotencyKey: randomUUID() }),
  },
  '/de-an/[id]/thanh-toan#sendPaymentAction': { permission: 'payment:send-to-treasury', kind: 'project', input: async (s, v) => ({ paymentRequestId: await s.payment(v, false) }) },
  '/de-an/[id]/thanh-toan#cancelPaymentAction': { permission: 'payment:request', kind: 'project', input: async (s, v) => ({ paymentRequestId: await s.payment(v, false), reason: 'Lập nhầm' }) },
  '/de-an/[id]/thu-hoi#saveScheduleAction': {
    permission: 'repayment:manage',
    kind: 'project',
    input: async (s, v) => {
      const p = await s.project(v);
      return { projectId: p.id, facilityId: p.facilityId, principalVnd: '10.000.000', count: '2', firstDueOn: '01/06/2027', intervalMonths: '6' };
    },
  },
  '/de-an/[id]/thu-hoi#recordRepaymentAction': {
    permission: 'repayment:manage',
    kind: 'project',
    input: async (s, v) => ({ scheduleId: await s.schedule(v), amountVnd: '1.000.000', paidOn: '20/02/2027', documentNumber: `${next()}/HT` }),
  },
  '/de-an/[id]/thu-hoi#litigationAction': { permission: 'repayment:manage', kind: 'project', input: async (s, v) => ({ scheduleId: await s.schedule(v), courtFileRef: `${next()}/TLST`, reason: 'Không hoàn trả' }) },

  // Đề nghị hỗ trợ của cơ sở
  '/de-nghi-ho-tro#saveSupportRequestAction': {
    permission: 'support-request:apply',
    kind: 'supportRequest',
    input: async (s, v) => ({ requestId: await s.supportRequest(v, 'DRAFT'), title: 'Hỗ trợ máy sấy', contentCategoryId: String(world.categoryId), totalCostVnd: '200.000.000', counterpartVnd: '100.000.000' }),
  },
  '/de-nghi-ho-tro#checkSupportRequestAction': { permission: 'support-request:apply', kind: null, input: () => ({ title: 'Máy sấy', totalCostVnd: '100.000.000' }) },
  '/de-nghi-ho-tro#detachSupportRequestDocumentAction': {
    permission: 'support-request:apply',
    kind: 'supportRequest',
    input: async (s, v) => ({ documentId: await s.supportRequestDocument(v) }),
  },
  '/de-nghi-ho-tro#sendSupportRequestAction': { permission: 'support-request:apply', kind: 'supportRequest', input: async (s, v) => ({ requestId: await s.supportRequest(v, 'DRAFT') }) },
  '/de-nghi-ho-tro#takeSupportRequestAction': {
    permission: 'plan:register',
    kind: 'supportRequest',
    input: async (s, v, key) => ({ requestId: await s.supportRequest(v, 'SENT'), planId: (await s.actorPlan(key)).id, fundingLevel: 'KCDP' }),
  },
  '/de-nghi-ho-tro#refuseSupportRequestAction': { permission: 'plan:register', kind: 'supportRequest', input: async (s, v) => ({ requestId: await s.supportRequest(v, 'SENT'), reason: 'Chưa đủ điều kiện' }) },

  // Định mức chi
  '/dinh-muc#createNormAction': {
    permission: 'norm:edit',
    kind: null,
    input: () => ({ contentCategoryId: String(world.normCategoryId), fundingSource: 'KCDP', maxShareBp: '50', ceilingScope: 'PER_PROJECT', legalBasis: 'Nghị quyết thử', ...normPeriod() }),
  },
  '/dinh-muc#updateNormAction': {
    permission: 'norm:edit',
    kind: 'norm',
    input: async (s, v) => ({ id: await s.norm(v), contentCategoryId: String(world.normCategoryId), fundingSource: 'KCDP', maxShareBp: '40', ceilingScope: 'PER_PROJECT', legalBasis: 'Nghị quyết thử', ...normPeriod() }),
  },

  // Kế hoạch năm: the round of the actor's own province (the year is all the input names)
  '/ke-hoach#openRoundAction': { permission: 'plan:open-round', kind: null, input: () => ({ year: String(PLAN_YEAR + 1), title: 'Đăng ký kế hoạch', deadline: '30/06/2027' }) },
  '/ke-hoach/[year]#createPlanAction': { permission: 'plan:register', kind: null, input: () => ({ year: String(PLAN_YEAR) }) },
  '/ke-hoach/[year]#sendRemindersAction': { permission: 'plan:open-round', kind: null, input: () => ({ year: String(PLAN_YEAR) }) },
  '/ke-hoach/[year]#closeRegistrationAction': { permission: 'plan:consolidate', kind: null, input: () => ({ year: String(PLAN_YEAR) }) },
  '/ke-hoach/[year]#reopenRegistrationAction': { permission: 'plan:open-round', kind: null, input: () => ({ year: String(PLAN_YEAR), reason: 'Gia hạn', deadline: '30/06/2027' }) },
  '/ke-hoach/[year]/tong-hop#sendToFinanceAction': { permission: 'plan:consolidate', kind: null, input: () => ({ year: String(PLAN_YEAR) }) },
  '/ke-hoach/[year]/kinh-phi#saveBudgetAction': { permission: 'plan:appraise-budget', kind: null, input: () => ({ year: String(PLAN_YEAR), budgetCeilingVnd: '1.000.000.000', items: [] }) },
  '/ke-hoach/[year]/kinh-phi#returnBudgetAction': { permission: 'plan:appraise-budget', kind: null, input: () => ({ year: String(PLAN_YEAR), reason: 'Xem lại' }) },
  '/ke-hoach/[year]/kinh-phi#approveBudgetAction': { permission: 'plan:appraise-budget', kind: null, input: () => ({ year: String(PLAN_YEAR) }) },
  '/ke-hoach/[year]/quyet-dinh#recordPlanDecisionAction': {
    permission: 'plan:record-decision',
    kind: null,
    input: () => form({ year: String(PLAN_YEAR), ...decision(), file: pdfFile() }),
  },
  '/ke-hoach/[year]/don-vi/[planId]#savePlanItemAction': {
    permission: 'plan:register',
    kind: 'plan',
    also: PLAN_AUTHOR,
    input: async (s, v) => ({
      planId: (await s.plan(v)).id,
      name: 'Hỗ trợ máy ép gạch',
      contentCategoryId: String(world.categoryId),
      fundingLevel: 'KCDP',
      totalCostVnd: '1.000.000.000',
      requestedSupportVnd: '300.000.000',
      counterpartVnd: '700.000.000',
    }),
  },
  '/ke-hoach/[year]/don-vi/[planId]#deletePlanItemAction': { permission: 'plan:register', kind: 'plan', also: PLAN_AUTHOR, fresh: true, input: async (s, v) => ({ itemId: await s.planItem(v) }) },
  '/ke-hoach/[year]/don-vi/[planId]#registerFacilityAction': {
    permission: 'plan:register',
    kind: 'plan',
    also: PLAN_AUTHOR,
    input: async (s, v) => ({ planId: (await s.plan(v)).id, name: `Cơ sở mới ${next()}`, legalForm: 'HO_KINH_DOANH', taxCode: String(6_000_000_000 + next()), adminUnitId: String(s.adminUnit(v)) }),
  },
  '/ke-hoach/[year]/don-vi/[planId]#submitPlanAction': { permission: 'plan:register', kind: 'plan', also: PLAN_AUTHOR, input: async (s, v) => ({ planId: (await s.plan(v)).id }) },
  '/ke-hoach/[year]/don-vi/[planId]#reviewItemAction': { permission: 'plan:review', kind: 'plan', input: async (s, v) => ({ itemId: await s.planItem(v), decision: 'ACCEPTED' }) },
  '/ke-hoach/[year]/don-vi/[planId]#returnPlanAction': { permission: 'plan:review', kind: 'plan', input: async (s, v) => ({ planId: (await s.plan(v)).id, reason: 'Bổ sung hồ sơ' }) },
  '/ke-hoach/[year]/don-vi/[planId]#markReviewedAction': { permission: 'plan:review', kind: 'plan', input: async (s, v) => ({ planId: (await s.plan(v)).id }) },
  '/ke-hoach/[year]/don-vi/[planId]#checkPlanItemAction': { permission: 'plan:read', kind: 'plan', input: async (s, v) => ({ planId: (await s.plan(v)).id, name: 'Máy ép' }) },
  '/ke-hoach/[year]/don-vi/[planId]#planItemNormExceptionAction': { permission: 'norm:exception', kind: 'plan', input: async (s, v) => ({ itemId: await s.planItem(v), note: 'Theo công văn số 12/UBND' }) },
  '/ke-hoach/[year]/don-vi/[planId]#deletePlanDraftAction': { permission: 'plan:register', kind: 'plan', also: PLAN_AUTHOR, fresh: true, input: async (s, v) => ({ planId: (await s.plan(v)).id }) },

  // Kho bạc
  '/kho-bac#payPaymentAction': {
    permission: 'payment:control',
    kind: 'treasury',
    input: async (s, v) => ({ paymentRequestId: await s.payment(v, true), paymentOrderNumber: `${next()}/UNC`, paidOn: '25/02/2027' }),
  },
  '/kho-bac#refusePaymentAction': { permission: 'payment:control', kind: 'treasury', input: async (s, v) => ({ paymentRequestId: await s.payment(v, true), reason: 'Thiếu chứng từ' }) },

  // Kiểm tra
  '/kiem-tra#planInspectionAction': {
    permission: 'inspection:manage',
    kind: 'adminUnit',
    refusedOnField: 'adminUnitId',
    input: (s, v) => ({ year: '2027', title: 'Kiểm tra đề án', plannedOn: '15/03/2027', adminUnitId: String(s.adminUnit(v)), team: 'Đoàn kiểm tra' }),
  },
  '/kiem-tra#inspectionTransitionAction': {
    permission: INSPECTION_LIFECYCLE.events.conduct.permission,
    kind: 'inspection',
    input: async (s, v) => ({ inspectionId: await s.inspection(v), event: 'conduct', conductedOn: '20/02/2027', findings: 'Đúng nội dung' }),
  },

  // Quản trị
  '/quan-tri/api-du-lieu-mo#createApiClientAction': { permission: 'user:manage', kind: null, input: () => ({ name: `Đơn vị dùng API ${next()}`, scope: 'PROVINCE', requestsPerMinute: '60' }) },
  '/quan-tri/api-du-lieu-mo#issueApiTokenAction': { permission: 'user:manage', kind: 'apiClient', input: async (s, v) => ({ clientId: await s.apiClient(v) }) },
  '/quan-tri/api-du-lieu-mo#revokeApiTokenAction': { permission: 'user:manage', kind: 'apiClient', input: async (s, v) => ({ tokenId: await s.apiToken(v) }) },
  '/quan-tri/nguoi-dung#createUserAction': {
    permission: 'user:manage',
    kind: null,
    input: () => ({ username: `matrix-new-${next()}`, fullName: 'Người dùng mới', role: 'XA_OFFICER', adminUnitId: String(w.xaA.id), password: 'một mật khẩu dài dễ nhớ 2027' }),
  },
  '/quan-tri/nguoi-dung#setUserActiveAction': { permission: 'user:manage', kind: 'user', input: async (s, v) => ({ userId: await s.user(v), active: true }) },
  '/quan-tri/nguoi-dung#resetPasswordAction': { permission: 'user:manage', kind: 'user', input: async (s, v) => ({ userId: await s.user(v), password: 'một mật khẩu dài dễ nhớ 2027' }) },
  '/quan-tri/tac-vu#runJobNowAction': { permission: 'system:monitor', kind: null, input: () => ({ name: 'overdue-projects' }) },
  '/quan-tri/thu-di#retryEmailAction': { permission: 'system:monitor', kind: 'email', input: async (s, v) => ({ emailId: await s.email(v) }) },

  // Quyết toán năm
  '/quyet-toan#approveYearlySettlementAction': {
    permission: 'settlement:approve',
    kind: null,
    // approve-yearly-settlement.ts: the yearly settlement by source is the Sở Tài chính's, not the SCT's.
    also: { rule: 'the Sở Tài chính only', allows: (key) => key === 'stc' },
    input: () => ({ year: '2026', fundingLevel: 'KCDP', decision: decision() }),
  },

  // The signed-in person's own account
  '/tai-khoan#setEmailAddressAction': { permission: null, kind: null, input: () => ({ email: `nguoi-dung-${next()}@example.org` }) },
  '/tai-khoan#setEmailPreferenceAction': { permission: null, kind: null, input: () => ({ preference: EMAIL_PREFERENCES[0] }) },
  '/tai-khoan#verifyEmailAction': {
    permission: null,
    kind: null,
    // A link sent to this very person: anyone signed in may confirm their own address.
    input: async (_s, _v, key) => {
      const token = `matrix-token-${randomUUID()}`;
      const email = `xac-nhan-${next()}@example.org`;
      await db.user.update({ where: { id: actors[key].id }, data: { email, emailVerifiedAt: null } });
      await db.emailVerification.create({ data: { userId: actors[key].id, email, tokenHash: hashToken(token), expiresAt: new Date('2099-01-01T00:00:00Z') } });
      return { token };
    },
  },
  '/doi-mat-khau#changePasswordAction': {
    permission: null,
    kind: null,
    input: () => ({ currentPassword: 'không phải mật khẩu này', newPassword: 'một mật khẩu dài dễ nhớ 2027', confirmPassword: 'một mật khẩu dài dễ nhớ 2027' }),
  },
};

// ───────────── 1. Inventory, read from the files ─────────────
function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : [],
  );
}
const routeOf = (file: string) =>
  '/' + path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).filter((s) => !s.startsWith('(')).join('/');

type ActionFn = (input: unknown) => Promise<Result>;
const found = new Map<string, ActionFn>();

beforeAll(async () => {
  for (const file of files(path.join(ROOT, 'app'), 'actions.ts')) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === 'function') found.set(`${routeOf(file)}#${name}`, value as ActionFn);
  }
}, 120_000);

describe('inventory of server actions', () => {
  it('every exported action of every actions.ts has an entry in the matrix, and every entry an action', () => {
    expect([...found.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });
});

// ───────────── 2. Behaviour: every action × every role × own/other ─────────────
type Outcome = 'allow' | 'deny';

function expected(spec: ActionSpec, key: ActorKey | null, v: Variant | null): Outcome {
  if (spec.permission === 'public') return 'allow';
  if (key === null) return 'deny';
  if (spec.permission !== null && !can(actors[key], spec.permission)) return 'deny';
  if (spec.kind && v && !VISIBLE[spec.kind][key].includes(v)) return 'deny';
  if (spec.also && !spec.also.allows(key, v ?? 'own')) return 'deny';
  return 'allow';
}

type Result = { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string> };

function outcomeOf(spec: ActionSpec, result: Result, anonymous: boolean): Outcome | 'unexpected' {
  if (result.ok) return 'allow';
  if (anonymous && spec.permission !== 'public') return result.code === 'UNAUTHENTICATED' ? 'deny' : 'unexpected';
  if (result.code === 'FORBIDDEN' || result.code === 'NOT_FOUND') return 'deny';
  if (spec.refusedOnField && result.code === 'VALIDATION' && result.fieldErrors?.[spec.refusedOnField]) return 'deny';
  return 'allow';
}

describe('authorization matrix of server actions', () => {
  // Every refusal is logged by runUseCase ("[action] FORBIDDEN: …"): some two thousand lines here.
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  for (const [name, spec] of Object.entries(ACTIONS)) {
    const asks = spec.permission === 'public' ? 'no session' : spec.permission === null ? 'a session' : spec.permission;
    it(`${name} (${asks}${spec.kind ? ` × ${spec.kind} scope` : ''}${spec.also ? ` × ${spec.also.rule}` : ''}): every role × own/other xã, facility, province`, async () => {
      const run = found.get(name);
      expect(run, `${name} is not exported by its actions.ts`).toBeDefined();
      let scene = new Scene();
      const wrong: string[] = [];
      const outcomes = new Set<Outcome>();
      for (const key of [...ACTOR_KEYS, null]) {
        for (const v of spec.kind ? VARIANTS[spec.kind] : [null]) {
          const input = await spec.input(scene, v ?? 'own', key ?? 'admin');
          session.actor = key ? actors[key] : null;
          let result: Result;
          try {
            result = await run!(input);
          } catch (error) {
            wrong.push(`${key ?? 'anonymous'} × ${v ?? '-'}: threw ${(error as Error).message}`);
            continue;
          } finally {
            session.actor = null;
          }
          const want = expected(spec, key, v);
          const got = outcomeOf(spec, result, key === null);
          outcomes.add(want);
          if (got !== want) wrong.push(`${key ?? 'anonymous'} × ${v ?? '-'}: expected ${want}, got ${result.ok ? 'OK' : `${result.code} (${result.message})`}`);
          if (spec.fresh && result.ok) scene = new Scene();
        }
      }
      expect(wrong).toEqual([]);
      // A row of the matrix that allows nobody (or everybody) proves little: each has both outcomes.
      expect([...outcomes].sort()).toEqual(spec.permission === 'public' ? ['allow'] : ['allow', 'deny']);
    });
  }
});
