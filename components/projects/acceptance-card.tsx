import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, DetailList } from '@/components/ui/card';
import { formatDate, formatDeliveredAgainstTarget } from '@/lib/domain/format';
import { formatVnd } from '@/lib/domain/money';
import { DocumentsCard, type DocumentRow } from './documents-card';

const STATUS: Record<string, { label: string; tone: 'info' | 'warning' | 'success' | 'danger' }> = {
  SCHEDULED: { label: 'Đã lên lịch', tone: 'info' },
  DOSSIER_SUBMITTED: { label: 'Cơ sở đã nộp hồ sơ', tone: 'warning' },
  PASSED: { label: 'Đạt', tone: 'success' },
  FAILED: { label: 'Chưa đạt', tone: 'danger' },
};

export interface AcceptanceRow {
  id: number;
  status: string;
  scheduledOn: Date;
  heldOn: Date | null;
  councilMembers: string | null;
  deliveredQuantity: number | null;
  acceptedValueVnd: bigint | null;
  notes: string | null;
  decision: { number: string; issuedOn: Date } | null;
  documents: DocumentRow[];
}

/** Nghiệm thu: each round, its result, and the dossier against the content's acceptance checklist. */
export function AcceptanceCard({
  acceptances,
  required,
  target,
  uploadFormFor,
}: {
  acceptances: AcceptanceRow[];
  required: string[];
  target: { quantity: number | null; unit: string | null };
  /** The upload form for the open round, when the actor may add to it. */
  uploadFormFor?: (acceptanceId: number) => ReactNode;
}) {
  if (acceptances.length === 0) return null;
  return (
    <Card title="Nghiệm thu">
      <div className="space-y-6">
        {acceptances.map((a) => {
          const open = a.status === 'SCHEDULED' || a.status === 'DOSSIER_SUBMITTED';
          return (
            <section key={a.id} aria-label={`Đợt nghiệm thu ngày ${formatDate(a.scheduledOn)}`} className="space-y-3">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={STATUS[a.status]?.tone ?? 'info'}>{STATUS[a.status]?.label ?? a.status}</Badge>
                Lịch nghiệm thu {formatDate(a.scheduledOn)}
              </p>
              <DetailList
                items={[
                  { label: 'Ngày nghiệm thu', value: a.heldOn ? formatDate(a.heldOn) : null },
                  { label: 'Hội đồng', value: a.councilMembers },
                  formatDeliveredAgainstTarget(a.deliveredQuantity, target),
                  { label: 'Giá trị nghiệm thu', value: a.acceptedValueVnd === null ? null : formatVnd(a.acceptedValueVnd) },
                  { label: 'Nhận xét', value: a.notes },
                  { label: 'Quyết định', value: a.decision ? `${a.decision.number} ngày ${formatDate(a.decision.issuedOn)}` : null },
                ]}
              />
              <DocumentsCard title="Hồ sơ nghiệm thu" required={required} documents={a.documents} uploadForm={open ? uploadFormFor?.(a.id) : undefined} />
            </section>
          );
        })}
      </div>
    </Card>
  );
}
