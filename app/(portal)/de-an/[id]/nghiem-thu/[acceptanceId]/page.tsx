import type { Metadata } from 'next';
import { UploadedFile } from '@/components/documents/uploaded-file';
import { DossierReview, DossierUpload } from '@/components/projects/dossier-upload';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { ACCEPTANCE_LIFECYCLE } from '@/lib/domain/lifecycle/acceptance';
import { DOCUMENT_AWAITING_REVIEW_STATES, DOCUMENT_CHANGEABLE_STATES, DOCUMENT_REVIEW_LIFECYCLE, DOCUMENT_REVIEW_PROBLEM_STATES } from '@/lib/domain/lifecycle/document';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getAcceptanceDossier } from '@/lib/server/documents/acceptance-dossier';
import { env } from '@/lib/server/env';
import { idFromParam } from '@/lib/server/page-params';
import { handInDossierAction, reviewDossierDocumentAction, withdrawDossierDocumentAction } from './actions';

export const metadata: Metadata = { title: 'Hồ sơ nghiệm thu' };

const ALERT_TONE = { info: 'info', warning: 'warning', success: 'success', danger: 'error' } as const;

/**
 * Hồ sơ nghiệm thu, phone first: the next action and the progress at the top, then one card per
 * checklist item (upload from the camera or files, withdraw, replace; staff accept or ask again).
 */
export default async function AcceptanceDossierPage({ params }: { params: Promise<{ id: string; acceptanceId: string }> }) {
  const { id, acceptanceId } = await params;
  const actor = await requirePermission('project:read', `/de-an/${id}/nghiem-thu/${acceptanceId}`);
  const dossier = await forPage(getAcceptanceDossier(actor, idFromParam(id), idFromParam(acceptanceId)));
  const { project, acceptance, items, progress, nextAction } = dossier;
  const maxMb = env().UPLOAD_MAX_MB;

  return (
    <>
      <PageHeader
        title="Hồ sơ nghiệm thu"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {project.code} · {project.name}
            </span>
            <StatusBadge look={ACCEPTANCE_LIFECYCLE.states[acceptance.status]} />
          </span>
        }
        actions={<ButtonLink href={`/de-an/${project.id}`}>Về trang đề án</ButtonLink>}
      />
      <div className="space-y-4">
        <section aria-label="Việc tiếp theo" className="space-y-3">
          <Alert tone={ALERT_TONE[nextAction.tone]}>{nextAction.text}</Alert>
          <div>
            <div className="mb-1 flex justify-between text-sm">
              <span id="dossier-progress-label">Tiến độ hồ sơ</span>
              <span>{progress.text}</span>
            </div>
            <div
              role="progressbar"
              aria-labelledby="dossier-progress-label"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress.percent}
              aria-valuetext={progress.text}
              className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
            >
              <div className={`h-full ${progress.percent === 100 ? 'bg-emerald-600' : 'bg-brand-600'}`} style={{ width: `${progress.percent}%` }} />
            </div>
          </div>
          {dossier.mayHandIn && dossier.handInProblem === null && (
            <ActionButton
              action={handInDossierAction}
              input={{ projectId: project.id, acceptanceId: acceptance.id }}
              label="Nộp hồ sơ"
              pendingLabel="Đang nộp…"
              confirm="Nộp hồ sơ nghiệm thu cho Trung tâm Khuyến công? Sau khi nộp, tài liệu không rút hoặc thay thế được cho đến khi Trung tâm yêu cầu."
            />
          )}
          {dossier.mayUpload && (
            <p className="text-sm text-slate-700">
              Mỗi tệp tối đa <strong>{maxMb} MB</strong>. Chấp nhận PDF, ảnh JPG/PNG/HEIC (chụp bằng điện thoại), Word (.docx), Excel (.xlsx).
            </p>
          )}
        </section>

        <ul className="space-y-3" aria-label="Danh mục hồ sơ nghiệm thu">
          {items.map((item) => (
            <li key={item.kind}>
              <Card
                title={item.label}
                actions={
                  item.needsReplacement ? (
                    <Badge tone="danger">Cần thay thế</Badge>
                  ) : item.present ? (
                    <Badge tone="success">Đã có</Badge>
                  ) : (
                    <Badge tone={item.required ? 'warning' : 'neutral'}>{item.required ? 'Còn thiếu' : 'Không bắt buộc'}</Badge>
                  )
                }
              >
                <div className="space-y-3">
                  {item.current.map((doc) => (
                    <div key={doc.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                      <UploadedFile doc={doc} badge={<StatusBadge look={DOCUMENT_REVIEW_LIFECYCLE.states[doc.review]} />} note={doc.replacesId ? ' · bản thay thế' : ''} />
                      {doc.reviewComment && DOCUMENT_REVIEW_PROBLEM_STATES.includes(doc.review) && (
                        <Alert tone="warning" title="Trung tâm yêu cầu thay thế">
                          {doc.reviewComment}
                        </Alert>
                      )}
                      {dossier.mayChange && DOCUMENT_CHANGEABLE_STATES.includes(doc.review) && (
                        <div className="space-y-2">
                          <DossierUpload projectId={project.id} acceptanceId={acceptance.id} kind={item.kind} label={item.label} replacesId={doc.id} maxMb={maxMb} />
                          <ActionButton
                            action={withdrawDossierDocumentAction}
                            input={{ documentId: doc.id }}
                            label={`Rút tệp ${doc.fileName}`}
                            variant="ghost"
                            confirm={`Rút tệp "${doc.fileName}" khỏi hồ sơ? Tệp được lưu lại trong lịch sử nhưng không còn trong hồ sơ.`}
                          />
                        </div>
                      )}
                      {dossier.mayReview && DOCUMENT_AWAITING_REVIEW_STATES.includes(doc.review) && <DossierReview documentId={doc.id} label={item.label} action={reviewDossierDocumentAction} />}
                    </div>
                  ))}
                  {dossier.mayUpload && item.current.length === 0 && (
                    <DossierUpload projectId={project.id} acceptanceId={acceptance.id} kind={item.kind} label={item.label} maxMb={maxMb} />
                  )}
                  {item.history.length > 0 && (
                    <details className="text-sm">
                      <summary className="cursor-pointer text-slate-700">Phiên bản trước, tệp đã rút ({item.history.length})</summary>
                      <ul className="mt-2 space-y-1">
                        {item.history.map((doc) => (
                          <li key={doc.id} className="text-xs text-slate-600">
                            <span className="break-all">{doc.fileName}</span> · {DOCUMENT_REVIEW_LIFECYCLE.statusLabels[doc.review]} · {doc.uploadedBy.fullName} · {formatDateTime(doc.uploadedAt)}
                            {doc.reviewComment ? ` · Nhận xét: ${doc.reviewComment}` : ''}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-600">Lịch nghiệm thu dự kiến: {formatDate(acceptance.scheduledOn)}.</p>
      </div>
    </>
  );
}
