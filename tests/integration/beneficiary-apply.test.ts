// The beneficiary portal (issue 13 A) on a real database: a facility registers itself (MST by legal
// form, duplicates refused, throttled per address), waits for its own xã to verify it, and only
// then may apply, be named in a plan or a đề án; its request is taken into a plan exactly once; a
// facility sees only its own requests.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { decideFacilityRegistration } from '@/lib/server/facilities/decide-facility-registration';
import { findPendingFacilities } from '@/lib/server/facilities/find-pending-facilities';
import { registerFacility } from '@/lib/server/facilities/register-facility';
import { createPlan } from '@/lib/server/plans/create-plan';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { setProjectBeneficiaries } from '@/lib/server/projects/set-project-beneficiaries';
import { findSupportRequests } from '@/lib/server/support-requests/find-support-requests';
import { getSupportRequestPage } from '@/lib/server/support-requests/get-support-request-page';
import { previewSupportRequestCheck } from '@/lib/server/support-requests/preview-support-request-check';
import { refuseSupportRequest } from '@/lib/server/support-requests/refuse-support-request';
import { saveSupportRequest } from '@/lib/server/support-requests/save-support-request';
import { sendSupportRequest } from '@/lib/server/support-requests/send-support-request';
import { takeSupportRequest } from '@/lib/server/support-requests/take-support-request';
import { findBeneficiaryHome } from '@/lib/server/home/find-beneficiary-home';
import { findRegistrationWorkItems } from '@/lib/server/home/find-registration-work-items';
import { facilityRegistrationSchema, type FacilityRegistrationValues } from '@/lib/schemas/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import { codeOf, createPlanWorld, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { createActor, createProject, freshWorld } from '../factories/world';

let w: PlanWorld;
let ipSeq = 0;
const freshIp = () => `10.13.0.${++ipSeq}`;

beforeAll(async () => { w = await freshWorld(createPlanWorld); });

function form(over: Partial<FacilityRegistrationValues> = {}): FacilityRegistrationValues {
  return {
    name: 'Hộ dệt chiếu Nam Sách',
    legalForm: 'HO_KINH_DOANH',
    taxCode: '031085001234',
    representative: 'Nguyễn Thị Hoa',
    phone: '0912345678',
    address: 'Thôn Đông, xã Nam Sách',
    adminUnitId: String(w.xaA.id),
    sector: 'Dệt chiếu cói',
    workers: '12',
    username: 'det-chieu-nam-sach',
    email: '',
    password: 'chiếu cói xanh bên sông Thái Bình',
    confirmPassword: 'chiếu cói xanh bên sông Thái Bình',
    ...over,
  };
}

const parse = (values: FacilityRegistrationValues) => facilityRegistrationSchema.parse(values);

/** Registers and returns the facility with the actor its new account signs in as. */
async function registered(over: Partial<FacilityRegistrationValues>): Promise<{ facilityId: number; actor: Actor }> {
  const { facilityId } = await registerFacility(parse(form(over)), freshIp());
  const user = await db.user.findFirstOrThrow({ where: { facilityId } });
  return { facilityId, actor: { id: user.id, role: user.role, fullName: user.fullName, provinceId: user.provinceId, organizationId: null, adminUnitId: null, facilityId } };
}

const requestInput = (over: Record<string, unknown> = {}) => ({
  requestId: null,
  title: 'Hỗ trợ máy dệt chiếu tự động',
  contentCategoryId: w.programme.categoryId,
  equipment: 'Máy dệt chiếu cói tự động',
  description: null,
  totalCostVnd: 400_000_000n,
  counterpartVnd: 280_000_000n,
  ...over,
});

describe('MST at self-registration', () => {
  const issueOf = (values: FacilityRegistrationValues) => facilityRegistrationSchema.safeParse(values).error?.issues.find((i) => i.path[0] === 'taxCode')?.message;

  it('takes 10 digits for every legal form and 12 digits only for a household business', () => {
    expect(issueOf(form({ legalForm: 'HTX', taxCode: '0201234567' }))).toBeUndefined();
    expect(issueOf(form({ legalForm: 'HO_KINH_DOANH', taxCode: '031085001234' }))).toBeUndefined();
    expect(issueOf(form({ legalForm: 'HTX', taxCode: '031085001234' }))).toMatch(/chỉ dùng cho hộ kinh doanh/);
    expect(issueOf(form({ legalForm: 'DNNVV', taxCode: '020123456' }))).toBe('Mã số thuế gồm đúng 10 chữ số.');
    expect(issueOf(form({ legalForm: 'HO_KINH_DOANH', taxCode: '03108500123' }))).toMatch(/10 chữ số, hoặc 12 chữ số/);
  });

  it('creates the facility PENDING with its account, and refuses the same MST again with a clear message', async () => {
    const { facilityId } = await registered({ taxCode: '0209990001', legalForm: 'DNNVV', username: 'co-khi-dong-a' });
    const facility = await db.facility.findUniqueOrThrow({ where: { id: facilityId }, include: { users: true } });
    expect(facility).toMatchObject({ verification: 'PENDING', selfRegistered: true, workers: 12, adminUnitId: w.xaA.id });
    expect(facility.users).toHaveLength(1);
    expect(facility.users[0]).toMatchObject({ role: 'BENEFICIARY', username: 'co-khi-dong-a', mustChangePassword: false });

    const again = await errorOf(registerFacility(parse(form({ taxCode: '0209990001', legalForm: 'DNNVV', username: 'ten-khac' })), freshIp()));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('Mã số thuế 0209990001 đã có cơ sở đăng ký');
    expect(again.fieldErrors).toEqual({ taxCode: 'Mã số thuế này đã được đăng ký' });
    // A facility the staff registered earlier counts too.
    const staffs = await errorOf(registerFacility(parse(form({ taxCode: w.facilityA.taxCode, legalForm: 'DNNVV', username: 'ten-khac-2' })), freshIp()));
    expect(staffs.code).toBe('CONFLICT');
    expect(await db.user.count({ where: { username: { in: ['ten-khac', 'ten-khac-2'] } } })).toBe(0);
  });

  it('refuses a taken username, a weak password and a phường without a craft village', async () => {
    expect((await errorOf(registerFacility(parse(form({ taxCode: '0209990002', legalForm: 'HTX', username: 'co-khi-dong-a' })), freshIp()))).fieldErrors).toHaveProperty('username');
    expect((await errorOf(registerFacility(parse(form({ taxCode: '0209990003', legalForm: 'HTX', username: 'htx-3', password: 'matkhau123456', confirmPassword: 'matkhau123456' })), freshIp()))).fieldErrors).toHaveProperty('password');
    const phuong = await db.adminUnit.create({ data: { provinceId: w.hp.province.id, type: 'PHUONG', name: 'Hồng Bàng (thử)' } });
    expect(await codeOf(registerFacility(parse(form({ taxCode: '0209990004', legalForm: 'HTX', username: 'htx-4', adminUnitId: String(phuong.id) })), freshIp()))).toBe('VALIDATION');
  });

  it('throttles registration per address in PostgreSQL, refused attempts included', async () => {
    const ip = '10.13.9.9';
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await codeOf(registerFacility(parse(form({ taxCode: `02099910${10 + i}`, legalForm: 'HTX', username: 'co-khi-dong-a' })), ip)));
    // Five attempts (all refused: the username is taken), then the address waits.
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'LIMIT_EXCEEDED']);
    expect(await db.signInThrottle.findUnique({ where: { key: `register:ip:${ip}` } })).toMatchObject({ lockedUntil: expect.any(Date) });
  });
});

describe('verification', () => {
  it('an unverified facility is refused in a plan and in a đề án, and may not apply', async () => {
    const { facilityId, actor } = await registered({ taxCode: '031085009999', username: 'ho-cho-xac-minh' });
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const inPlan = await errorOf(savePlanItem(w.actors.xaA, itemInput(plan.id, w, { facilityIds: [facilityId] })));
    expect(inPlan.code).toBe('VALIDATION');
    expect(inPlan.message).toContain('chưa được UBND xã hoặc Trung tâm Khuyến công xác minh');
    const project = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, status: 'DRAFT' });
    const inProject = await errorOf(setProjectBeneficiaries(w.actors.ttkc, { projectId: project.id, beneficiaries: [{ facilityId, equipment: null }] } as never));
    expect(inProject.message).toContain('chưa được UBND xã hoặc Trung tâm Khuyến công xác minh');
    expect(await codeOf(saveSupportRequest(actor, requestInput()))).toBe('FORBIDDEN');
    await db.planItem.deleteMany({ where: { annualPlanId: plan.id } });
    await db.annualPlan.delete({ where: { id: plan.id } });
  });

  it('a xã official cannot verify another xã’s facility; its own xã official can, with an audit row', async () => {
    const { facilityId } = await registered({ taxCode: '031085008888', username: 'ho-nam-sach-2' });
    expect((await findPendingFacilities(w.xaBActor)).rows.map((f) => f.id)).not.toContain(facilityId);
    expect(await codeOf(decideFacilityRegistration(w.xaBActor, { facilityId, decision: 'verify', reason: null }))).toBe('NOT_FOUND');
    expect(await codeOf(decideFacilityRegistration(w.actors.beneficiaryA, { facilityId, decision: 'verify', reason: null }))).toBe('FORBIDDEN');
    expect((await db.facility.findUniqueOrThrow({ where: { id: facilityId } })).verification).toBe('PENDING');

    expect((await findPendingFacilities(w.actors.xaA)).rows.map((f) => f.id)).toContain(facilityId);
    const pendingOnHome = (await findRegistrationWorkItems(w.actors.xaA)).find((s) => s.title === 'Cơ sở tự đăng ký chờ xác minh');
    expect(pendingOnHome?.items.map((i) => i.title)).toContain('Hộ dệt chiếu Nam Sách');
    await decideFacilityRegistration(w.actors.xaA, { facilityId, decision: 'verify', reason: null });
    expect((await db.facility.findUniqueOrThrow({ where: { id: facilityId } })).verification).toBe('VERIFIED');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Facility', entityId: facilityId, event: 'verify' } });
    expect(audit).toMatchObject({ actorId: w.actors.xaA.id, fromStatus: 'PENDING', toStatus: 'VERIFIED' });
    // Decided once.
    expect(await codeOf(decideFacilityRegistration(w.actors.ttkc, { facilityId, decision: 'refuse', reason: 'Sai địa chỉ' }))).toBe('ILLEGAL_TRANSITION');
  });

  it('the Trung tâm refuses with a reason the facility is told', async () => {
    const { facilityId, actor } = await registered({ taxCode: '031085007777', username: 'ho-bi-tu-choi' });
    await decideFacilityRegistration(w.actors.ttkc, { facilityId, decision: 'refuse', reason: 'Không sản xuất tại địa chỉ đã khai' });
    expect(await db.facility.findUniqueOrThrow({ where: { id: facilityId } })).toMatchObject({ verification: 'REFUSED', verificationNote: 'Không sản xuất tại địa chỉ đã khai' });
    expect(await db.notification.findFirst({ where: { userId: actor.id, title: 'Đăng ký cơ sở chưa được xác minh' } })).not.toBeNull();
  });
});

describe('support requests', () => {
  let applicant: { facilityId: number; actor: Actor };
  let other: { facilityId: number; actor: Actor };
  let requestId: number;

  beforeAll(async () => {
    applicant = await registered({ taxCode: '031085006666', username: 'ho-xin-ho-tro' });
    other = await registered({ taxCode: '031085005555', username: 'ho-khac-xa-b', adminUnitId: String(w.xaB.id) });
    await decideFacilityRegistration(w.actors.xaA, { facilityId: applicant.facilityId, decision: 'verify', reason: null });
    await decideFacilityRegistration(w.xaBActor, { facilityId: other.facilityId, decision: 'verify', reason: null });
  });

  it('a verified facility drafts (support = total − counterpart, computed) and the check runs as it types', async () => {
    requestId = (await saveSupportRequest(applicant.actor, requestInput())).id;
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'DRAFT',
      requestedSupportVnd: 120_000_000n,
      year: PLAN_YEAR,
      adminUnitId: w.xaA.id,
    });
    const check = await previewSupportRequestCheck(applicant.actor, { title: 'x', contentCategoryId: w.programme.categoryId, equipment: '', totalCostVnd: 400_000_000n, counterpartVnd: 0n });
    // Its own MST: the duplicate check answers (a list, possibly empty), not "not allowed" (null).
    expect(check.duplicates).not.toBeNull();
  });

  it('the homes: the facility’s next step, the xã’s requests to consider', async () => {
    expect((await findBeneficiaryHome(applicant.actor))?.nextAction.title).toBe('Hoàn thiện và gửi đề nghị hỗ trợ');
    expect(await findBeneficiaryHome(w.actors.xaA)).toBeNull();
    const xaSections = await findRegistrationWorkItems(w.actors.xaA);
    expect(xaSections.map((s) => s.title)).not.toContain('Đề nghị hỗ trợ của cơ sở chờ xem xét');
  });

  it('drafts stay the facility’s; a facility sees only its own requests', async () => {
    expect((await findSupportRequests(w.actors.xaA)).map((r) => r.id)).not.toContain(requestId);
    expect(await codeOf(getSupportRequestPage(w.actors.xaA, requestId))).toBe('NOT_FOUND');
    await sendSupportRequest(applicant.actor, requestId);
    const otherId = (await saveSupportRequest(other.actor, requestInput({ title: 'Máy cưa' }))).id;

    expect((await findSupportRequests(applicant.actor)).map((r) => r.id)).toEqual([requestId]);
    expect((await findSupportRequests(other.actor)).map((r) => r.id)).toEqual([otherId]);
    expect(await codeOf(getSupportRequestPage(other.actor, requestId))).toBe('NOT_FOUND');
    expect(await codeOf(sendSupportRequest(other.actor, requestId))).toBe('NOT_FOUND');
    expect(await codeOf(saveSupportRequest(other.actor, requestInput({ requestId })))).toBe('NOT_FOUND');
    // The xã sees what was sent from the xã, not another xã's.
    expect((await findSupportRequests(w.actors.xaA)).map((r) => r.id)).toEqual([requestId]);
    expect(await codeOf(getSupportRequestPage(w.xaBActor, requestId))).toBe('NOT_FOUND');
    expect((await findBeneficiaryHome(applicant.actor))?.nextAction.title).toBe('Chờ xã xem xét đề nghị');
    const waiting = (await findRegistrationWorkItems(w.actors.xaA)).find((s) => s.title === 'Đề nghị hỗ trợ của cơ sở chờ xem xét');
    expect(waiting?.items.map((i) => i.href)).toEqual([`/de-nghi-ho-tro/${requestId}`]);
    expect((await findRegistrationWorkItems(w.xaBActor)).find((s) => s.title === 'Đề nghị hỗ trợ của cơ sở chờ xem xét')).toBeUndefined();
    // Sent: no longer editable.
    expect(await codeOf(saveSupportRequest(applicant.actor, requestInput({ requestId })))).toBe('ILLEGAL_TRANSITION');
  });

  it('the xã takes it into its plan once; a second attempt, even at the same time, changes nothing', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    expect(await codeOf(takeSupportRequest(w.xaBActor, { requestId, planId: plan.id, fundingLevel: 'KCDP' }))).toBe('NOT_FOUND');
    const results = await Promise.allSettled([
      takeSupportRequest(w.actors.xaA, { requestId, planId: plan.id, fundingLevel: 'KCDP' }),
      takeSupportRequest(w.actors.xaA, { requestId, planId: plan.id, fundingLevel: 'KCDP' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const items = await db.planItem.findMany({ where: { annualPlanId: plan.id }, include: { beneficiaries: true } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ totalCostVnd: 400_000_000n, requestedSupportVnd: 120_000_000n, counterpartVnd: 280_000_000n, adminUnitId: w.xaA.id });
    expect(items[0]!.beneficiaries.map((b) => b.facilityId)).toEqual([applicant.facilityId]);
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: 'TAKEN', planItemId: items[0]!.id });

    expect(await codeOf(takeSupportRequest(w.actors.xaA, { requestId, planId: plan.id, fundingLevel: 'KCDP' }))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(refuseSupportRequest(w.actors.xaA, { requestId, reason: 'Trùng' }))).toBe('ILLEGAL_TRANSITION');
    expect(await db.planItem.count({ where: { annualPlanId: plan.id } })).toBe(1);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'SupportRequest', entityId: requestId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.event)).toEqual(['create', 'send', 'take']);
    expect(await db.notification.findFirst({ where: { userId: applicant.actor.id, title: 'Đề nghị hỗ trợ đã được đưa vào kế hoạch' } })).not.toBeNull();
    expect((await findBeneficiaryHome(applicant.actor))?.nextAction.title).toBe('Đề nghị đã vào kế hoạch năm');
  });

  it('the xã refuses another request with a reason', async () => {
    const id = (await saveSupportRequest(applicant.actor, requestInput({ title: 'Máy xe sợi' }))).id;
    await sendSupportRequest(applicant.actor, id);
    expect(await codeOf(refuseSupportRequest(w.actors.xaA, { requestId: id, reason: '' }))).toBe('VALIDATION');
    await refuseSupportRequest(w.actors.xaA, { requestId: id, reason: 'Đã hỗ trợ máy cùng loại năm trước' });
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'REFUSED', refusalReason: 'Đã hỗ trợ máy cùng loại năm trước', planItemId: null });
  });

  it('the Trung tâm takes a request from any xã into its own plan', async () => {
    const id = (await saveSupportRequest(other.actor, requestInput({ title: 'Máy bào gỗ' }))).id;
    await sendSupportRequest(other.actor, id);
    const plan = await createPlan(w.actors.ttkc, PLAN_YEAR);
    expect(plan.organizationId).toBe(w.hp.orgs.ttkc.id);
    // The xã's plan is not the Trung tâm's to write in.
    const xaPlan = await db.annualPlan.findFirstOrThrow({ where: { organizationId: w.ubndA.id } });
    expect(await codeOf(takeSupportRequest(w.actors.ttkc, { requestId: id, planId: xaPlan.id, fundingLevel: 'KCDP' }))).toBe('FORBIDDEN');
    const { planItemId } = await takeSupportRequest(w.actors.ttkc, { requestId: id, planId: plan.id, fundingLevel: 'KCQG' });
    expect(await db.planItem.findUniqueOrThrow({ where: { id: planItemId } })).toMatchObject({ annualPlanId: plan.id, adminUnitId: w.xaB.id, fundingLevel: 'KCQG' });
  });

  it('other roles have no support requests', async () => {
    const kbnn = await createActor('KBNN_OFFICER', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.kbnn.id });
    expect(await codeOf(findSupportRequests(kbnn))).toBe('FORBIDDEN');
  });
});
