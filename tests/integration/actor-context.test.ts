// The frame around every page says whose scope the user works in and how many notifications wait
// unread (app/(portal)/layout.tsx): the province, the xã, the facility — or the whole country for
// the ministry — and only the user's own unread notifications.
import { beforeAll, describe, expect, it } from 'vitest';
import { getActorContext } from '@/lib/server/account/get-actor-context';
import { db } from '@/lib/server/db';
import { createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => { w = await freshWorld(createWorld); });

describe("the frame's scope and unread count", () => {
  it('names the province, the xã, the facility, or the whole country', async () => {
    expect(await getActorContext(w.actors.ttkc)).toEqual({ provinceName: 'Hải Phòng (thử)', scopeLabel: 'Hải Phòng (thử)', unreadNotifications: 0 });
    expect((await getActorContext(w.actors.xaA)).scopeLabel).toBe('xã Nam Sách');
    expect((await getActorContext(w.actors.beneficiaryA)).scopeLabel).toBe('Cơ sở gốm A');
    expect(await getActorContext(w.actors.ministry)).toEqual({ provinceName: null, scopeLabel: 'Toàn quốc', unreadNotifications: 0 });
  });

  it("counts the user's own unread notifications only", async () => {
    await db.notification.createMany({
      data: [
        { userId: w.actors.ttkc.id, title: 'Đề án chờ thẩm định' },
        { userId: w.actors.ttkc.id, title: 'Đã đọc', readAt: new Date() },
        { userId: w.actors.ttkc.id, title: 'Tạm ứng quá hạn' },
        { userId: w.actors.sct.id, title: 'Của người khác' },
      ],
    });
    expect((await getActorContext(w.actors.ttkc)).unreadNotifications).toBe(2);
    expect((await getActorContext(w.actors.sct)).unreadNotifications).toBe(1);
  });
});
