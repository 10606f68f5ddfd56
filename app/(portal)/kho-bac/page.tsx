import type { Metadata } from 'next';
import { TreasuryQueueTable } from '@/components/payments/treasury-queue-table';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findTreasuryQueue } from '@/lib/server/payments/find-treasury-queue';
import { payPaymentAction, refusePaymentAction } from './actions';

export const metadata: Metadata = { title: 'Kiểm soát chi' };

export default async function TreasuryPage() {
  const actor = await requirePermission('payment:control', '/kho-bac');
  const rows = await forPage(findTreasuryQueue(actor));
  const waiting = rows.filter((r) => r.events.length > 0).length;
  return (
    <>
      <PageHeader title="Kiểm soát chi" description={`${waiting} đề nghị chờ kiểm soát; đã xử lý hiển thị bên dưới.`} />
      <TreasuryQueueTable rows={rows} payAction={payPaymentAction} refuseAction={refusePaymentAction} />
    </>
  );
}
