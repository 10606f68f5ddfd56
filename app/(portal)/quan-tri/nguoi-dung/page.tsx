import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowActions } from '@/components/users/user-row-actions';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { EMAIL_PREFERENCE_LABELS } from '@/lib/domain/mail';
import { ALL_ROLES, ROLE_LABELS } from '@/lib/domain/roles';
import { requirePermission } from '@/lib/server/auth';
import { findUsers } from '@/lib/server/users/find-users';
import { createUserAction, resetPasswordAction, setUserActiveAction } from './actions';

export const metadata: Metadata = { title: 'Người dùng' };

export default async function UsersPage() {
  const actor = await requirePermission('user:manage', '/quan-tri/nguoi-dung');
  const { users, organizations, adminUnits, facilities } = await findUsers(actor);
  return (
    <>
      <PageHeader title="Người dùng" description="Tài khoản, vai trò và phạm vi được giao. Phạm vi quyết định mỗi người xem và thao tác được hồ sơ nào." />
      <div className="grid gap-4 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <Table caption="Danh sách tài khoản">
            <thead>
              <tr>
                <Th>Tên đăng nhập</Th>
                <Th>Họ và tên</Th>
                <Th>Vai trò</Th>
                <Th>Phạm vi</Th>
                <Th>Thư điện tử</Th>
                <Th>Đăng nhập gần nhất</Th>
                <Th>Trạng thái</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id}>
                  <Td className="font-mono text-xs">{u.username}</Td>
                  <Td>{u.fullName}</Td>
                  <Td>{ROLE_LABELS[u.role]}</Td>
                  <Td>{u.facility?.name ?? (adminUnitName(u.adminUnit) || u.organization?.name)}</Td>
                  <Td className="text-xs">
                    {u.email ? (
                      <>
                        <span className="block break-all">{u.email}</span>
                        {u.emailVerifiedAt ? <Badge tone="success">Đã xác nhận</Badge> : <Badge tone="warning">Chưa xác nhận</Badge>}
                        <span className="block text-slate-500">{EMAIL_PREFERENCE_LABELS[u.emailPreference]}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </Td>
                  <Td>{formatDateTime(u.lastLoginAt) || '—'}</Td>
                  <Td>{u.isActive ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="danger">Đã khoá</Badge>}</Td>
                  <Td>{u.id !== actor.id && <UserRowActions userId={u.id} username={u.username} active={u.isActive} setActive={setUserActiveAction} resetPassword={resetPasswordAction} />}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
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
