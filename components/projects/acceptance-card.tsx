import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, DetailList } from '@/components/ui/card';
import { decisionRef, formatDate, formatDeliveredAgainstTarget } from '@/lib/domain/format';
import { ACCEPTANCE_LIFECYCLE, type AcceptanceStatus } from '@/lib/domain/lifecycle/acceptance';
import { formatVnd } from '@/lib/domain/money';
import { DocumentsCard, type DocumentRow } from './documents-card';

export interface AcceptanceRow {
  id: number;
  status: AcceptanceStatus;
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
  projectId,
}: {
  acceptances: AcceptanceRow[];
  required: string[];
  target: { quantity: number | null; unit: string | null };
  projectId: number;
}) {
  if (acceptances.length === 0) return null;
  return (
    <Card title="Nghiệm thu">
      <div className="space-y-6">
        {acceptances.map((a) => {
          return (
            <section key={a.id} aria-label={`Đợt nghiệm thu ngày ${formatDate(a.scheduledOn)}`} className="space-y-3">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge look={ACCEPTANCE_LIFECYCLE.states[a.status]} />
                Lịch nghiệm thu {formatDate(a.scheduledOn)}
              </p>
              <DetailList
                items={[
                  { label: 'Ngày nghiệm thu', value: a.heldOn ? formatDate(a.heldOn) : null },
                  { label: 'Hội đồng', value: a.councilMembers },
                  formatDeliveredAgainstTarget(a.deliveredQuantity, target),
                  { label: 'Giá trị nghiệm thu', value: a.acceptedValueVnd === null ? null : formatVnd(a.acceptedValueVnd) },
                  { label: 'Nhận xét', value: a.notes },
                  { label: 'Quyết định', value: decisionRef(a.decision) },
                ]}
              />
              <DocumentsCard
                title="Hồ sơ nghiệm thu"
                required={required}
                documents={a.documents}
                uploadForm={<ButtonLink href={`/de-an/${projectId}/nghiem-thu/${a.id}`}>Mở hồ sơ nghiệm thu (tải lên, xem xét)</ButtonLink>}
              />
            </section>
          );
        })}
      </div>
    </Card>
  );
}
