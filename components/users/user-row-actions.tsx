'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';

/** The page passes the server actions (components never import from app/). */
export function UserRowActions({
  userId,
  username,
  active,
  setActive,
  resetPassword: resetPasswordAction,
}: {
  userId: number;
  username: string;
  active: boolean;
  setActive: (input: { userId: number; active: boolean }) => Promise<ActionResult<unknown>>;
  resetPassword: (input: { userId: number; password: string }) => Promise<ActionResult<unknown>>;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function toggle() {
    startTransition(async () => {
      const res = await setActive({ userId, active: !active });
      setMessage(res.ok ? null : res.message);
    });
  }

  function resetPassword() {
    const password = window.prompt(`Mật khẩu mới cho ${username} (tối thiểu 12 ký tự; người dùng phải đổi ở lần đăng nhập sau):`);
    if (!password) return;
    startTransition(async () => {
      const res = await resetPasswordAction({ userId, password });
      setMessage(res.ok ? 'Đã đặt lại mật khẩu.' : res.message);
    });
  }

  return (
    <div className="flex flex-wrap gap-1">
      <Button variant="secondary" className="min-h-8 px-2 py-1 text-xs" onClick={toggle} disabled={pending}>
        {active ? 'Khoá' : 'Mở khoá'}
      </Button>
      <Button variant="ghost" className="min-h-8 px-2 py-1 text-xs" onClick={resetPassword} disabled={pending}>
        Đặt lại mật khẩu
      </Button>
      {message && (
        <p role="status" className="w-full text-xs text-slate-600">
          {message}
        </p>
      )}
    </div>
  );
}
