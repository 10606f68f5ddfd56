'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton({ compact = false }: { compact?: boolean }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/dang-nhap' })}
      className={compact ? 'shrink-0 underline' : 'rounded-md border border-white/30 px-3 py-1.5 text-sm hover:bg-white/10'}
    >
      Đăng xuất
    </button>
  );
}
