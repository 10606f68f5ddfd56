'use client';

import { useState, useTransition } from 'react';
import { resetPasswordAction, setUserActiveAction } from '@/app/(portal)/quan-tri/nguoi-dung/actions';
import { Button } from '@/components/ui/button';

export function UserRowActions({ userId, username, active }: { userId: number; username: string; active: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function toggle() {
    startTransition(async () => {
      const res = await setUserActiveAction({ userId, active: !active });
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
