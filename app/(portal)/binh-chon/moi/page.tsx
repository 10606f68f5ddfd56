import type { Metadata } from 'next';
import { ContestRoundForm } from '@/components/contests/contest-round-form';
import { Card, PageHeader } from '@/components/ui/card';
import { adminUnitName } from '@/lib/domain/labels';
import { ROLE_LABELS } from '@/lib/domain/roles';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { today } from '@/lib/server/dates';
import { contestFormOptions } from '@/lib/server/contests/contest-form-options';
import { createContestRoundAction } from '../actions';

export const metadata: Metadata = { title: 'Mở cuộc bình chọn' };

export default async function NewContestRoundPage() {
  const actor = await requirePermission('contest:manage', '/binh-chon/moi');
  const options = await forPage(contestFormOptions(actor));
  // The programme's contest target: the item whose content is KC04.1 (bình chọn), if any.
  const contestTarget = options.targets.find((t) => t.contentCategory?.code === 'KC04.1') ?? options.targets.find((t) => t.unit === 'Cuộc bình chọn');
  return (
    <>
      <PageHeader title="Mở cuộc bình chọn sản phẩm CNNT tiêu biểu" description="Quyết định tổ chức, tiêu chí chấm điểm và hội đồng bình chọn." />
      <Card>
        <ContestRoundForm
          create={createContestRoundAction}
          options={{
            year: today().getUTCFullYear(),
            units: options.units.map((u) => ({ id: u.id, label: adminUnitName(u) })),
            users: options.users.map((u) => ({ id: u.id, label: `${u.fullName} — ${ROLE_LABELS[u.role]}${u.adminUnit ? ` (xã ${u.adminUnit.name})` : ''}` })),
            targets: options.targets.map((t) => ({ id: t.id, label: `${t.programme.code} · ${t.itemNo}. ${t.name}${t.unit ? ` (${t.unit})` : ''}` })),
            defaultTargetId: contestTarget?.id ?? null,
          }}
        />
      </Card>
    </>
  );
}
