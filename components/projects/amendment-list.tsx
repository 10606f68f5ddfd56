import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { Card, EmptyState } from '@/components/ui/card';
import { DataTable } from '@/components/ui/table';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { AMENDMENT_APPLIED_STATE, AMENDMENT_LIFECYCLE, type AmendmentStatus, isAmendmentPending } from '@/lib/domain/lifecycle/project';
import { AMENDMENT_KIND_LABELS, AMENDMENT_SCALE_LABELS, diffSnapshots, type ProjectSnapshot } from '@/lib/domain/project-amendment';
import { readProjectSnapshot } from '@/lib/schemas/project-snapshot';
import type { AmendmentKind, AmendmentScale } from '@/prisma/generated/client/enums';

export interface AmendmentRow {
  id: number;
  fromVersion: number;
  kinds: AmendmentKind[];
  scale: AmendmentScale;
  reason: string;
  before: unknown;
  after: unknown;
  status: AmendmentStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  decision: { id: number; number: string; issuedOn: Date; issuer: string } | null;
}

/** Field-by-field difference between two versions of the đề án. */
export function VersionDiff({ before, after, caption }: { before: ProjectSnapshot; after: ProjectSnapshot; caption: string }) {
  const changes = diffSnapshots(before, after);
  if (changes.length === 0) return <p className="text-sm text-slate-600">Không thay đổi nội dung (đề nghị dừng thực hiện).</p>;
  return (
    <DataTable
      caption={caption}
      rows={changes}
      rowKey={(c) => c.label}
      columns={[
        { header: 'Nội dung', cell: (c) => c.label, className: 'font-medium' },
        { header: 'Trước điều chỉnh', cell: (c) => <del className="no-underline">{c.before}</del>, className: 'min-w-48 text-red-800' },
        { header: 'Sau điều chỉnh', cell: (c) => <ins className="no-underline">{c.after}</ins>, className: 'min-w-48 text-emerald-800' },
      ]}
    />
  );
}

/** A stored pair of versions; a row that does not hold whole versions is said so, not a crash. */
function StoredVersionDiff({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const [b, a] = [readProjectSnapshot(before), readProjectSnapshot(after)];
  if (!b || !a) return <p className="text-sm text-red-700">Không đọc được nội dung phiên bản đã lưu của đề nghị này; liên hệ quản trị hệ thống.</p>;
  return <VersionDiff before={b} after={a} caption={caption} />;
}

/**
 * Điều chỉnh and versions: each request with its scale, decision and the visible difference. What the
 * reader may do with a request still pending (decide it, take it back) comes from the page.
 */
export function AmendmentList({ amendments, pendingActionsFor }: { amendments: AmendmentRow[]; pendingActionsFor?: (a: AmendmentRow) => ReactNode }) {
  if (amendments.length === 0) return <EmptyState>Đề án chưa có đề nghị điều chỉnh nào.</EmptyState>;
  return (
    <div className="space-y-4">
      {amendments.map((a) => {
        const title = a.status === AMENDMENT_APPLIED_STATE ? `Phiên bản ${a.fromVersion} → ${a.fromVersion + 1}` : `Đề nghị điều chỉnh từ phiên bản ${a.fromVersion}`;
        return (
          <Card
            key={a.id}
            title={title}
            actions={<StatusBadge look={AMENDMENT_LIFECYCLE.states[a.status]} />}
          >
            <div className="space-y-3 text-sm">
              <p>
                <strong>{AMENDMENT_SCALE_LABELS[a.scale]}</strong> · {a.kinds.map((k) => AMENDMENT_KIND_LABELS[k]).join(', ')}
              </p>
              <p>Lý do: {a.reason}</p>
              <p className="text-xs text-slate-500">
                Đề nghị {formatDateTime(a.requestedAt)}
                {a.decidedAt ? ` · Quyết định ${formatDateTime(a.decidedAt)}` : ''}
              </p>
              {a.decision && (
                <p>
                  Quyết định {a.decision.number} ngày {formatDate(a.decision.issuedOn)} của {a.decision.issuer}
                </p>
              )}
              {a.decisionNote && <p>Ghi chú: {a.decisionNote}</p>}
              <StoredVersionDiff before={a.before} after={a.after} caption={`Thay đổi: ${title}`} />
              {isAmendmentPending(a.status) && pendingActionsFor?.(a)}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
