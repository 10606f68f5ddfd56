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
  const year = today().getUTCFullYear();
  // The contest target of the programme in force this year (the form's default year): the item whose
  // content is KC04.1 (bình chọn), if any. A finished programme's target is still offered, not chosen.
  const inForce = options.targets.filter((t) => t.programme.startYear <= year && year <= t.programme.endYear);
  const contestTarget = inForce.find((t) => t.contentCategory?.code === 'KC04.1') ?? inForce.find((t) => t.unit === 'Cuộc bình chọn');
  return (
    <>
      <PageHeader title="Mở cuộc bình chọn sản phẩm CNNT tiêu biểu" description="Quyết định tổ chức, tiêu chí chấm điểm và hội đồng bình chọn." />
      <Card>
        <ContestRoundForm
          create={createContestRoundAction}
          options={{
            year,
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
