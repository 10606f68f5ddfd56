import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowActions } from '@/components/users/user-row-actions';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { EMAIL_PREFERENCE_LABELS } from '@/lib/domain/mail';
import { ALL_ROLES, ROLE_LABELS } from '@/lib/domain/roles';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findUsers } from '@/lib/server/users/find-users';
import { createUserAction, resetPasswordAction, setUserActiveAction } from './actions';

export const metadata = { title: 'Người dùng' } satisfies Metadata;

export default async function UsersPage() {
  const actor = await requirePermission('user:manage', '/quan-tri/nguoi-dung');
  const { users, organizations, adminUnits, facilities } = await forPage(findUsers(actor));
  return (
    <>
      <PageHeader title={metadata.title} description="Tài khoản, vai trò và phạm vi được giao. Phạm vi quyết định mỗi người xem và thao tác được hồ sơ nào." />
      <div className="grid gap-4 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <DataTable
            caption="Danh sách tài khoản"
            rows={users}
            columns={[
              { header: 'Tên đăng nhập', cell: (u) => u.username, className: 'font-mono text-xs' },
              { header: 'Họ và tên', cell: (u) => u.fullName },
              { header: 'Vai trò', cell: (u) => ROLE_LABELS[u.role] },
              { header: 'Phạm vi', cell: (u) => (u.facility?.name ?? (adminUnitName(u.adminUnit) || u.organization?.name)) },
              {
                header: 'Thư điện tử',
                cell: (u) => (
                  u.email ? (
                    <>
                      <span className="block break-all">{u.email}</span>
                      {u.emailVerifiedAt ? <Badge tone="success">Đã xác nhận</Badge> : <Badge tone="warning">Chưa xác nhận</Badge>}
                      <span className="block text-slate-500">{EMAIL_PREFERENCE_LABELS[u.emailPreference]}</span>
                    </>
                  ) : (
                    '—'
                  )
                ),
                className: 'text-xs',
              },
              { header: 'Đăng nhập gần nhất', cell: (u) => (formatDateTime(u.lastLoginAt) || '—') },
              { header: 'Trạng thái', cell: (u) => (u.isActive ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="danger">Đã khoá</Badge>) },
              { cell: (u) => (u.id !== actor.id && <UserRowActions userId={u.id} username={u.username} active={u.isActive} setActive={setUserActiveAction} resetPassword={resetPasswordAction} />) },
            ]}
          />
        </div>
        <Card title="Tạo tài khoản">
          <CreateUserForm
            roles={ALL_ROLES.filter((r) => r !== 'MINISTRY_OFFICER').map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
            adminUnits={adminUnits.map((a) => ({ value: a.id, label: adminUnitName(a) }))}
            facilities={facilities.map((f) => ({ value: f.id, label: `${f.name} (MST ${f.taxCode})` }))}
            createUserAction={createUserAction}
          />
        </Card>
      </div>
    </>
  );
}
