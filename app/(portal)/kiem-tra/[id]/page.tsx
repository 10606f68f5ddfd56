import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { InspectionStatusBadge } from '@/components/inspections/inspection-status-badge';
import { InspectionTransitionForm } from '@/components/inspections/inspection-transition-form';
import { Card, DetailCard, PageHeader } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { INSPECTION_LIFECYCLE, type InspectionStatus } from '@/lib/domain/lifecycle/inspection';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { getInspectionOrThrow } from '@/lib/server/inspections/find-inspections';
import { inspectionTransitionAction } from '../actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Cuộc kiểm tra' };

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: { inspection, history } } = await loadRecordPage(params, (id) => requirePermission('inspection:read', `/kiem-tra/${id}`), getInspectionOrThrow);
  const events = availableEvents(INSPECTION_LIFECYCLE, actor, inspection.status);
  return (
    <>
      <PageHeader
        title={inspection.title}
        description={`Kế hoạch kiểm tra năm ${inspection.year}`}
        status={<InspectionStatusBadge status={inspection.status} />}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <DetailCard
            title="Thông tin cuộc kiểm tra"
            items={[
              { label: 'Ngày dự kiến', value: formatDate(inspection.plannedOn) },
              { label: 'Ngày kiểm tra', value: inspection.conductedOn ? formatDate(inspection.conductedOn) : '—' },
              {
                label: 'Đề án',
                value: inspection.project ? (
                  <Link className="text-brand-700 underline" href={`/de-an/${inspection.project.id}`}>
                    {inspection.project.code} — {inspection.project.name}
                  </Link>
                ) : (
                  'Không gắn đề án'
                ),
              },
              { label: 'Xã, phường', value: inspection.adminUnit?.name ?? '—' },
              { label: 'Đoàn kiểm tra', value: <span className="whitespace-pre-line">{inspection.team}</span> },
              { label: 'Người lập', value: inspection.createdBy.fullName },
            ]}
          />
          <DetailCard
            title="Kết quả, kiến nghị"
            items={[
              { label: 'Kết quả kiểm tra', value: inspection.findings ? <span className="whitespace-pre-line">{inspection.findings}</span> : '—' },
              { label: 'Kiến nghị', value: inspection.recommendations ? <span className="whitespace-pre-line">{inspection.recommendations}</span> : '—' },
              { label: 'Thực hiện kiến nghị', value: inspection.followUp ? <span className="whitespace-pre-line">{inspection.followUp}</span> : '—' },
            ]}
          />
          <Card title="Diễn biến">
            <ol className="space-y-2 text-sm">
              {history.map((h) => (
                <li key={String(h.id)} className="flex flex-wrap gap-x-2">
                  <span className="text-slate-500">{formatDateTime(h.createdAt)}</span>
                  <span className="font-medium">{h.actor?.fullName ?? 'Hệ thống'}</span>
                  <span>
                    {h.event in INSPECTION_LIFECYCLE.events ? INSPECTION_LIFECYCLE.events[h.event as keyof typeof INSPECTION_LIFECYCLE.events].label : 'Lập kế hoạch'}
                    {h.toStatus ? ` → ${INSPECTION_LIFECYCLE.statusLabels[h.toStatus as InspectionStatus] ?? h.toStatus}` : ''}
                  </span>
                  {h.reason && <span className="text-slate-600">Lý do: {h.reason}</span>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="min-w-0 space-y-3">
          {events.map((event) => (
            <InspectionTransitionForm key={event} inspectionId={inspection.id} event={event} label={INSPECTION_LIFECYCLE.events[event].label} save={inspectionTransitionAction} />
          ))}
        </div>
      </div>
    </>
  );
}
