// Notifications reach people by email: a real SMTP server runs in the test process and receives what
// the delivery job sends. A returned plan mails the xã officer only; "none" gets nothing; the daily
// digest groups a day's notices; without SMTP the outbox keeps the mail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.PORTAL_URL = 'https://khuyencong.example.vn';
  process.env.MAIL_MAX_ATTEMPTS = '2';
});

import { db } from '@/lib/server/db';
import { deliverEmails } from '@/lib/server/mail/deliver-emails';
import { sendDigests } from '@/lib/server/mail/send-digests';
import { notifyUsers } from '@/lib/server/notifications/notify';
import { createPlan } from '@/lib/server/plans/create-plan';
import { returnPlan } from '@/lib/server/plans/return-plan';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { createPlanWorld, itemInput, PLAN_YEAR, type PlanWorld } from '../factories/plan';
import { startSmtpServer } from '../factories/smtp';
import { createActor, freshWorld } from '../factories/world';
import { testNow } from '../factories/clock';

let w: PlanWorld;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const verifiedAt = new Date('2026-01-01T00:00:00Z');

async function giveEmail(userId: number, email: string, emailPreference: 'EACH' | 'DIGEST' | 'NONE') {
  await db.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: verifiedAt, emailPreference } });
}

beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

describe('notification emails over SMTP', () => {
  it('mails a returned plan to the xã officer alone, with the subject and a link to the plan', async () => {
    const { xaA, ttkc } = w.actors;
    const quietColleague = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaA.id });
    await giveEmail(xaA.id, 'canbo.namsach@example.vn', 'EACH');
    await giveEmail(quietColleague.id, 'im.lang@example.vn', 'NONE');
    await giveEmail(ttkc.id, 'ttkc@example.vn', 'EACH');
    // An address typed but never verified gets nothing.
    await db.user.update({ where: { id: w.xaBActor.id }, data: { email: 'chua.xac.minh@example.vn' } });

    const plan = await createPlan(xaA, PLAN_YEAR);
    const item = await savePlanItem(xaA, itemInput(plan.id, w));
    await submitPlan(xaA, plan.id);
    await deliverEmails(testNow(), smtp.transport);
    expect(smtp.received.map((m) => m.to)).toEqual([['ttkc@example.vn']]); // the reviewer hears of the submission
    smtp.received.length = 0;

    await reviewPlanItem(ttkc, { itemId: item.id, decision: 'RETURNED', comment: 'Thiếu cam kết vốn đối ứng' });
    await returnPlan(ttkc, { planId: plan.id, reason: 'Bổ sung hồ sơ' });
    const result = await deliverEmails(testNow(), smtp.transport);

    expect(result).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['canbo.namsach@example.vn']);
    expect(mail.subject).toBe(`[Khuyến công] Kế hoạch khuyến công năm ${PLAN_YEAR} được trả lại để chỉnh sửa`);
    expect(mail.decoded).toContain(`https://khuyencong.example.vn/ke-hoach/${PLAN_YEAR}/don-vi/${plan.id}`);
    expect(mail.decoded).toContain('Thiếu cam kết vốn đối ứng');

    // The colleague who chose "none" still sees the notice in the portal, but no mail was made for it.
    const colleagueNotice = await db.notification.findFirstOrThrow({ where: { userId: quietColleague.id, title: { contains: 'được trả lại' } } });
    expect(colleagueNotice.emailId).toBeNull();
    expect(await db.outboundEmail.count({ where: { toAddress: { in: ['im.lang@example.vn', 'chua.xac.minh@example.vn'] } } })).toBe(0);
    const delivered = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: 'canbo.namsach@example.vn' } });
    expect(delivered).toMatchObject({ delivery: 'SENT', attempts: 1, lastError: null });
  });

  it('groups the day’s notifications of a digest reader into one email, once', async () => {
    const reader = await createActor('TTKC_STAFF', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id });
    await giveEmail(reader.id, 'tong.hop@example.vn', 'DIGEST');
    const day = (iso: string) => new Date(iso);
    await db.$transaction(async (tx) => {
      await notifyUsers(tx, [reader.id], { title: 'Đề án DA-1 chờ thẩm định', link: '/de-an/1' }, day('2031-03-10T01:00:00Z'));
      await notifyUsers(tx, [reader.id], { title: 'Đề án DA-2 chờ thẩm định', link: '/de-an/2' }, day('2031-03-10T16:30:00Z'));
      // 00:30 on 11/03 in Vietnam: the next day's digest.
      await notifyUsers(tx, [reader.id], { title: 'Đề án DA-3 chờ thẩm định', link: '/de-an/3' }, day('2031-03-10T17:30:00Z'));
    });
    expect(await db.outboundEmail.count({ where: { toAddress: 'tong.hop@example.vn' } })).toBe(0);

    const at7 = day('2031-03-11T00:00:00Z'); // 07:00 on 11/03 in Vietnam
    expect(await sendDigests(at7)).toEqual({ emails: 1 });
    expect(await sendDigests(at7)).toEqual({ emails: 0 });
    smtp.received.length = 0;
    await deliverEmails(at7, smtp.transport);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['tong.hop@example.vn']);
    expect(mail.subject).toBe('[Khuyến công] Tổng hợp 2 thông báo ngày 10/03/2031');
    expect(mail.decoded).toContain('Đề án DA-1 chờ thẩm định');
    expect(mail.decoded).toContain('Đề án DA-2 chờ thẩm định');
    expect(mail.decoded).toContain('https://khuyencong.example.vn/de-an/2');
    expect(mail.decoded).not.toContain('DA-3');
  });

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const { sct } = w.actors;
    await giveEmail(sct.id, 'lanhdao@example.vn', 'EACH');
    await db.$transaction((tx) => notifyUsers(tx, [sct.id], { title: 'Đề án DA-9 chờ phê duyệt', link: '/de-an/9' }));
    expect(await deliverEmails(testNow(), null)).toMatchObject({ held: 1, sent: 0 });
    expect(await db.outboundEmail.findFirstOrThrow({ where: { toAddress: 'lanhdao@example.vn' } })).toMatchObject({ delivery: 'HELD', subject: '[Khuyến công] Đề án DA-9 chờ phê duyệt' });
  });

  it('retries a refused send with back-off, then reports it to the admin', async () => {
    const { admin, stc } = w.actors;
    await giveEmail(stc.id, 'stc@example.vn', 'EACH');
    const t0 = new Date('2031-05-01T00:00:00Z');
    await db.$transaction((tx) => notifyUsers(tx, [stc.id], { title: 'Kế hoạch chờ thẩm định kinh phí' }, t0));
    const refusing = { sendMail: async () => Promise.reject(new Error('550 mailbox unavailable')) };

    expect(await deliverEmails(t0, refusing)).toMatchObject({ retried: 1 });
    const waiting = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: 'stc@example.vn' } });
    expect(waiting).toMatchObject({ delivery: 'QUEUED', attempts: 1, lastError: '550 mailbox unavailable' });
    expect(waiting.nextAttemptAt).toEqual(new Date('2031-05-01T00:01:00Z'));
    expect(await deliverEmails(new Date('2031-05-01T00:00:30Z'), refusing)).toMatchObject({ retried: 0, failed: 0 });

    expect(await deliverEmails(new Date('2031-05-01T00:01:00Z'), refusing)).toMatchObject({ failed: 1 });
    expect(await db.outboundEmail.findFirstOrThrow({ where: { id: waiting.id } })).toMatchObject({ delivery: 'FAILED', attempts: 2 });
    const report = await db.notification.findFirstOrThrow({ where: { userId: admin.id }, orderBy: { id: 'desc' } });
    expect(report.title).toBe('Không gửi được thư đến stc@example.vn');
    expect(report.body).toContain('550 mailbox unavailable');
  });
});
