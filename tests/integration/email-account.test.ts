// A person's own address: verified through a link before any notice is mailed to it; the admin's
// outbox shows what would be sent when no SMTP server is configured; roles without the permission
// do not see it.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { deliverEmails } from '@/lib/server/mail/deliver-emails';
import { findOutbox } from '@/lib/server/mail/find-outbox';
import { retryEmail } from '@/lib/server/mail/retry-email';
import { setEmailAddress } from '@/lib/server/mail/set-email-address';
import { setEmailPreference } from '@/lib/server/mail/set-email-preference';
import { verifyEmailAddress } from '@/lib/server/mail/verify-email-address';
import { getJobOverview } from '@/lib/server/jobs/get-job-overview';
import { notifyUsers } from '@/lib/server/notifications/notify';
import { codeOf } from '../factories/errors';
import { createWorld, freshWorld } from '../factories/world';
import { testNow } from '../factories/clock';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => { w = await freshWorld(createWorld); });

function tokenFrom(text: string): string {
  const match = /xac-minh-email\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`no verification link in: ${text}`);
  return decodeURIComponent(match[1]!);
}

describe('verified email address', () => {
  it('mails a verification link, and notices only once the address is confirmed', async () => {
    const { xaA } = w.actors;
    await setEmailAddress(xaA, { email: 'xa.a@example.vn' });
    await db.$transaction((tx) => notifyUsers(tx, [xaA.id], { title: 'Trước khi xác nhận' }));
    const before = await db.outboundEmail.findMany({ where: { toAddress: 'xa.a@example.vn' } });
    expect(before.map((e) => e.kind)).toEqual(['VERIFICATION']);
    expect(before[0]!.subject).toBe('[Khuyến công] Xác nhận địa chỉ thư điện tử');

    const token = tokenFrom(before[0]!.text);
    expect(await codeOf(verifyEmailAddress(w.actors.ttkc, token))).toBe('NOT_FOUND'); // someone else's link
    expect(await verifyEmailAddress(xaA, token)).toEqual({ email: 'xa.a@example.vn' });
    expect(await codeOf(verifyEmailAddress(xaA, token))).toBe('NOT_FOUND'); // used once

    await db.$transaction((tx) => notifyUsers(tx, [xaA.id], { title: 'Sau khi xác nhận', link: '/de-an/1' }));
    expect(await db.outboundEmail.count({ where: { toAddress: 'xa.a@example.vn', kind: 'NOTIFICATION' } })).toBe(1);

    // A new address is unverified again and the old link no longer works.
    await setEmailAddress(xaA, { email: 'moi@example.vn' });
    expect((await db.user.findUniqueOrThrow({ where: { id: xaA.id } })).emailVerifiedAt).toBeNull();
    await db.$transaction((tx) => notifyUsers(tx, [xaA.id], { title: 'Sau khi đổi địa chỉ' }));
    expect(await db.outboundEmail.count({ where: { kind: 'NOTIFICATION', subject: { contains: 'Sau khi đổi địa chỉ' } } })).toBe(0);
  });

  it('stops mail for a person who chose none, keeping the notice in the portal', async () => {
    const { ttkc } = w.actors;
    await db.user.update({ where: { id: ttkc.id }, data: { email: 'ttkc@example.vn', emailVerifiedAt: testNow() } });
    await setEmailPreference(ttkc, 'NONE');
    await db.$transaction((tx) => notifyUsers(tx, [ttkc.id], { title: 'Đề án chờ thẩm định' }));
    expect(await db.notification.count({ where: { userId: ttkc.id, title: 'Đề án chờ thẩm định' } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { toAddress: 'ttkc@example.vn' } })).toBe(0);
  });
});

describe('admin outbox without SMTP', () => {
  it('lists the mails that would be sent, held in the outbox, to the province admin only', async () => {
    await deliverEmails(testNow(), null);
    const outbox = await findOutbox(w.actors.admin, {});
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.emails.map((e) => [e.toAddress, e.delivery])).toEqual([
      ['moi@example.vn', 'HELD'],
      ['xa.a@example.vn', 'HELD'],
      ['xa.a@example.vn', 'HELD'],
    ]);
    expect(outbox.counts).toEqual({ HELD: 3 });

    const held = outbox.emails[1]!;
    expect((await findOutbox(w.actors.admin, { openId: held.id })).opened?.text).toContain('Sau khi xác nhận');
    await retryEmail(w.actors.admin, held.id);
    expect((await findOutbox(w.actors.admin, { status: 'QUEUED' })).emails.map((e) => e.id)).toEqual([held.id]);

    expect(await codeOf(findOutbox(w.actors.ttkc, {}))).toBe('FORBIDDEN');
    const ldAdmin = { ...w.actors.admin, id: w.actors.ldTtkc.id, provinceId: w.ld.province.id };
    expect((await findOutbox(ldAdmin, {})).emails).toEqual([]);
    expect(await codeOf(getJobOverview(w.actors.sct))).toBe('FORBIDDEN');
  });
});
