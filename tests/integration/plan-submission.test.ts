// Registration rules on a real database: the deadline, what a plan must hold before it is sent,
// the money of a proposal and the MST of a new facility. A refusal says why and saves nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createPlan } from '@/lib/server/plans/create-plan';
import { openRound } from '@/lib/server/plans/open-round';
import { registerPlanFacility } from '@/lib/server/plans/register-plan-facility';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { sendDeadlineReminders } from '@/lib/server/plans/send-deadline-reminders';
import { returnPlan } from '@/lib/server/plans/return-plan';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { planItemSchema } from '@/lib/schemas/plan';
import { createPlanWorld, createSubmittedPlan, deadlineIn, errorOf, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { daysFromNow, thisYear } from '../factories/clock';
import { freshWorld } from '../factories/world';

let w: PlanWorld;

beforeEach(async () => { w = await freshWorld(createPlanWorld); });

async function nothingSent(planId: number) {
  const plan = await db.annualPlan.findUniqueOrThrow({ where: { id: planId } });
  expect(plan.status).toBe('DRAFT');
  expect(plan.submittedAt).toBeNull();
  expect(await db.annualPlanVersion.count({ where: { annualPlanId: planId } })).toBe(0);
  expect(await db.auditEvent.count({ where: { entityType: 'AnnualPlan', entityId: planId, event: 'submit' } })).toBe(0);
  expect(await db.notification.count({ where: { userId: w.actors.ttkc.id } })).toBe(0);
}

describe('the registration deadline', () => {
  it('refuses a plan sent after the deadline, saying so, and keeps it a draft', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    await savePlanItem(w.actors.xaA, itemInput(plan.id, w));
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: deadlineIn(-1) } });
    const error = await errorOf(submitPlan(w.actors.xaA, plan.id));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.message).toMatch(new RegExp(`^Đã hết hạn đăng ký kế hoạch năm ${PLAN_YEAR} \\(hạn \\d{2}/\\d{2}/\\d{4}\\)\\. Kế hoạch chưa được gửi`));
    await nothingSent(plan.id);
  });

  it('accepts a plan on the last day of the deadline', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    await savePlanItem(w.actors.xaA, itemInput(plan.id, w));
    const deadline = deadlineIn(0);
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: deadline } });
    expect((await submitPlan(w.actors.xaA, plan.id, new Date(deadline.getTime() - 60_000))).version).toBe(1);
  });

  it('takes back a plan returned for correction even after the deadline, until the list goes to Sở Tài chính', async () => {
    const plan = await createSubmittedPlan(w);
    await returnPlan(w.actors.ttkc, { planId: plan.id, reason: 'Bổ sung thuyết minh' });
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: deadlineIn(-3), status: 'CONSOLIDATING' } });
    expect((await submitPlan(w.actors.xaA, plan.id)).version).toBe(2);
    await returnPlan(w.actors.ttkc, { planId: plan.id, reason: 'Sửa lần nữa' });
    // A returned plan does not hold the round back; once the list is with Sở Tài chính it stays out.
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { status: 'BUDGET_APPRAISAL' } });
    expect((await errorOf(submitPlan(w.actors.xaA, plan.id))).message).toContain('không gửi lại được');
    expect((await db.annualPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('RETURNED');
  });

  it('does not start a plan once registration has closed', async () => {
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: deadlineIn(-2) } });
    expect((await errorOf(createPlan(w.actors.xaA, PLAN_YEAR))).message).toContain('đã kết thúc');
    expect(await db.annualPlan.count()).toBe(0);
  });

  it('reminds only the units that have not sent, and only before the deadline', async () => {
    const plan = await createSubmittedPlan(w);
    const sent = await sendDeadlineReminders(w.actors.sct, PLAN_YEAR);
    // Not yet sent: UBND xã Vĩnh Bảo, the TTKC and the service organisation.
    expect(sent.organizations).toBe(3);
    expect(await db.notification.count({ where: { userId: w.xaBActor.id, title: { contains: 'Nhắc hạn' } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.actors.ttkc.id, title: { contains: 'Nhắc hạn' } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.actors.xaA.id, title: { contains: 'Nhắc hạn' } } })).toBe(0);
    await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { registrationDeadline: deadlineIn(-1) } });
    expect((await errorOf(sendDeadlineReminders(w.actors.sct, PLAN_YEAR))).message).toContain('đã qua');
  });
});

describe('what a plan must hold before it is sent', () => {
  it('refuses an empty plan', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const error = await errorOf(submitPlan(w.actors.xaA, plan.id));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Kế hoạch chưa có đề xuất nào');
    await nothingSent(plan.id);
  });

  it('names the proposal without a target or a cost', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    await savePlanItem(w.actors.xaA, itemInput(plan.id, w));
    await savePlanItem(
      w.actors.xaA,
      itemInput(plan.id, w, { name: 'Đào tạo nghề mây tre', programmeTargetId: null, targetQuantity: null, totalCostVnd: 0n, requestedSupportVnd: 0n, counterpartVnd: 0n }),
    );
    const error = await errorOf(submitPlan(w.actors.xaA, plan.id));
    expect(error.message).toBe('Chưa gửi được kế hoạch. Đề xuất 2 “Đào tạo nghề mây tre”: chưa có chỉ tiêu chương trình, tổng kinh phí.');
    await nothingSent(plan.id);
  });
});

describe('the money of a proposal', () => {
  it('names the field whose figure is wrong, in the form schema and in the use case', async () => {
    const form = planItemSchema.safeParse({ ...itemInput(1, w), totalCostVnd: '1.000.000.000', requestedSupportVnd: '1.200.000.000', counterpartVnd: '0', otherFundingVnd: '' });
    expect(form.success).toBe(false);
    expect(form.error?.issues[0]).toMatchObject({ path: ['requestedSupportVnd'] });
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const error = await errorOf(savePlanItem(w.actors.xaA, itemInput(plan.id, w, { counterpartVnd: 600_000_000n })));
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['totalCostVnd']);
    expect(error.message).toContain('phải bằng hỗ trợ đề nghị + vốn đối ứng + nguồn khác (900.000.000');
    expect(await db.planItem.count()).toBe(0);
  });

  it('reads amounts as people type them', () => {
    const parsed = planItemSchema.parse({ ...itemInput(1, w), totalCostVnd: '1.000.000.000 đ', requestedSupportVnd: '300 000 000', counterpartVnd: '700.000.000', otherFundingVnd: '' });
    expect(parsed).toMatchObject({ totalCostVnd: 1_000_000_000n, requestedSupportVnd: 300_000_000n, otherFundingVnd: 0n });
    expect(planItemSchema.safeParse({ ...itemInput(1, w), totalCostVnd: '-5' }).error?.issues[0]?.message).toBe('Số tiền không được âm');
  });
});

describe('a facility registered while writing a plan', () => {
  it('is created in the xã and may be chosen as beneficiary', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const facility = await registerPlanFacility(w.actors.xaA, { planId: plan.id, name: 'Hộ kinh doanh Gốm Chu Đậu', legalForm: 'HO_KINH_DOANH', taxCode: '0801234567', adminUnitId: w.xaA.id, address: null });
    await savePlanItem(w.actors.xaA, itemInput(plan.id, w, { facilityIds: [facility.id] }));
    expect(await db.planItemBeneficiary.count({ where: { facilityId: facility.id } })).toBe(1);
  });

  it('is refused when the MST is already registered in the province, naming the owner', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const error = await errorOf(
      registerPlanFacility(w.actors.xaA, { planId: plan.id, name: 'Trùng MST', legalForm: 'HTX', taxCode: w.facilityA.taxCode, adminUnitId: w.xaA.id, address: null }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(`Mã số thuế ${w.facilityA.taxCode} đã được đăng ký cho cơ sở “Cơ sở gốm A”`);
    expect(error.fieldErrors?.taxCode).toBe(`MST ${w.facilityA.taxCode} đã có trong danh mục cơ sở`);
    expect(await db.facility.count({ where: { taxCode: w.facilityA.taxCode } })).toBe(1);
  });

  it('may use an MST registered in another province', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const facility = await registerPlanFacility(w.actors.xaA, { planId: plan.id, name: 'Cơ sở mới', legalForm: 'HTX', taxCode: w.facilityLd.taxCode, adminUnitId: w.xaA.id, address: null });
    expect(facility.taxCode).toBe(w.facilityLd.taxCode);
  });

  it('must be in the officer’s own xã', async () => {
    const plan = await createPlan(w.actors.xaA, PLAN_YEAR);
    const error = await errorOf(registerPlanFacility(w.actors.xaA, { planId: plan.id, name: 'Cơ sở xã khác', legalForm: 'HTX', taxCode: '0809999999', adminUnitId: w.xaB.id, address: null }));
    expect(error.message).toBe('Cán bộ xã chỉ đăng ký cơ sở trên địa bàn xã mình.');
    expect(error.fieldErrors?.adminUnitId).toBe('Chọn xã của bạn');
  });
});

describe('opening a round', () => {
  // Dates as a form gives them (UTC midnight of the day), derived from the test clock.
  const inAMonth = () => new Date(Date.UTC(daysFromNow(30).getUTCFullYear(), daysFromNow(30).getUTCMonth(), daysFromNow(30).getUTCDate()));
  const lastYearsDay = () => new Date(Date.UTC(thisYear() - 1, 0, 1));

  it('refuses a second round for the same year, a past deadline and a past year, saying which field is wrong', async () => {
    const twice = await errorOf(openRound(w.actors.sct, { year: PLAN_YEAR, title: 'Lần hai', deadline: inAMonth(), instructions: null }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.fieldErrors?.year).toBe(`Năm ${PLAN_YEAR} đã có đợt đăng ký`);
    const past = await errorOf(openRound(w.actors.sct, { year: PLAN_YEAR + 1, title: 'Quá hạn', deadline: lastYearsDay(), instructions: null }));
    expect(past.fieldErrors?.deadline).toBe('Hạn đăng ký phải từ hôm nay trở đi');
    const pastYear = await errorOf(openRound(w.actors.sct, { year: thisYear() - 1, title: 'Năm cũ', deadline: inAMonth(), instructions: null }));
    expect(pastYear.fieldErrors?.year).toBe('Năm kế hoạch không được ở quá khứ');
    expect(await db.consolidatedPlan.count()).toBe(1);
  });

  it('opens the current year, and tells xã officers and units that registration is open', async () => {
    expect((await openRound(w.actors.sct, { year: thisYear(), title: 'Năm nay', deadline: inAMonth(), instructions: null })).year).toBe(thisYear());
    const year = PLAN_YEAR + 1;
    await openRound(w.actors.sct, { year, title: `Đăng ký kế hoạch năm ${year}`, deadline: inAMonth(), instructions: 'Gửi kèm thuyết minh' });
    expect(await db.notification.count({ where: { userId: w.actors.xaA.id, title: `Mở đăng ký kế hoạch khuyến công năm ${year}` } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.actors.ttkc.id, title: `Mở đăng ký kế hoạch khuyến công năm ${year}` } })).toBe(1);
  });
});

describe('a xã without its UBND in the register', () => {
  it('cannot start a plan and is told what to ask for', async () => {
    await db.organization.delete({ where: { id: w.ubndA.id } });
    const error = await errorOf(createPlan(w.actors.xaA, PLAN_YEAR));
    expect(error.message).toBe('Chưa có UBND xã Nam Sách trong danh mục cơ quan, đơn vị nên chưa lập được kế hoạch. Đề nghị quản trị hệ thống bổ sung.');
  });
});
