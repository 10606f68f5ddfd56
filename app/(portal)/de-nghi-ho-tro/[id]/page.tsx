import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ReasonForm } from '@/components/beneficiary/reason-form';
import { SupportRequestForm } from '@/components/beneficiary/support-request-form';
import { AttachmentUpload } from '@/components/beneficiary/attachment-upload';
import { TakeRequestForm } from '@/components/beneficiary/take-request-form';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Card, DetailCard, PageHeader } from '@/components/ui/card';
import { UploadedFile } from '@/components/documents/uploaded-file';
import { Badge } from '@/components/ui/badge';
import { documentKindLabel } from '@/lib/domain/documents';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { DOCUMENT_REVIEW_LIFECYCLE } from '@/lib/domain/lifecycle/document';
import { adminUnitName } from '@/lib/domain/labels';
import { formatVnd, formatVndPlain } from '@/lib/domain/money';
import { requireActor } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { env } from '@/lib/server/env';
import { idFromParam } from '@/lib/server/page-params';
import { findSupportRequestOptions, getSupportRequestPage } from '@/lib/server/support-requests/get-support-request-page';
import {
  checkSupportRequestAction,
  detachSupportRequestDocumentAction,
  refuseSupportRequestAction,
  saveSupportRequestAction,
  sendSupportRequestAction,
  takeSupportRequestAction,
} from '../actions';

export const metadata: Metadata = { title: 'Đề nghị hỗ trợ' };

export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/de-nghi-ho-tro/${id}`);
  const page = await forPage(getSupportRequestPage(actor, idFromParam(id)));
  const r = page.request;
  const options = page.canEdit ? await findSupportRequestOptions(actor) : null;
  const maxMb = env().UPLOAD_MAX_MB;
  return (
    <>
      <PageHeader title={r.title} description={`Đề nghị hỗ trợ của ${r.facility.name} — ${page.statusLabel}`} />
      <div className="space-y-4">
        {page.canSend && (
          <Card title="Gửi đề nghị">
            <p className="mb-3 text-sm text-slate-700">Kiểm tra lại nội dung và kinh phí, rồi gửi UBND {adminUnitName(r.adminUnit)}. Sau khi gửi, đề nghị không sửa được nữa.</p>
            <ActionButton action={sendSupportRequestAction} input={{ requestId: r.id }} label="Gửi đề nghị cho xã" confirm="Gửi đề nghị hỗ trợ cho UBND xã? Sau khi gửi không sửa được." />
          </Card>
        )}
        {page.canTake && (
          <Card title="Đưa vào kế hoạch năm">
            {page.plans.length === 0 ? (
              <Alert tone="warning">
                Chưa có kế hoạch năm nào đang lập của đơn vị bạn. <Link href="/ke-hoach" className="font-medium underline">Lập kế hoạch năm</Link> rồi quay lại.
              </Alert>
            ) : (
              <TakeRequestForm requestId={r.id} plans={page.plans} takeAction={takeSupportRequestAction} />
            )}
          </Card>
        )}
        {page.canRefuse && (
          <Card title="Không đưa vào kế hoạch">
            <ReasonForm kind="request" fixed={{ requestId: r.id }} action={refuseSupportRequestAction as never} label="Không đưa vào kế hoạch" fieldLabel="Lý do" idPrefix={`request-${r.id}`} />
          </Card>
        )}
        {r.refusalReason && <Alert tone="warning" title="Lý do không đưa vào kế hoạch">{r.refusalReason}</Alert>}
        {r.planItem && (
          <Alert tone="success" title="Đã đưa vào kế hoạch">
            Kế hoạch khuyến công năm {r.planItem.annualPlan.year} của {r.planItem.annualPlan.organization.name}.
          </Alert>
        )}
        <DetailCard
          title="Nội dung đề nghị"
          items={[
            { label: 'Cơ sở', value: `${r.facility.name} (MST ${r.facility.taxCode})` },
            { label: 'Địa bàn', value: adminUnitName(r.adminUnit) },
            { label: 'Nội dung hoạt động', value: `${r.contentCategory.code} — ${r.contentCategory.name}` },
            { label: 'Năm kế hoạch', value: r.year },
            { label: 'Máy móc, thiết bị, hoạt động', value: r.equipment },
            { label: 'Mô tả', value: r.description },
            { label: 'Tổng kinh phí dự kiến', value: formatVnd(r.totalCostVnd) },
            { label: 'Vốn đối ứng của cơ sở', value: formatVnd(r.counterpartVnd) },
            { label: 'Đề nghị hỗ trợ', value: formatVnd(r.requestedSupportVnd) },
            { label: 'Ngày gửi', value: r.sentAt ? formatDate(r.sentAt) : 'Chưa gửi' },
          ]}
        />
        <Card title={`Tệp đính kèm (${page.attachments.length})`}>
          <div className="space-y-3">
            {page.mayAttach && (
              <p className="text-sm text-slate-700">
                Báo giá, ảnh hiện trạng nhà xưởng, máy móc, giấy tờ của cơ sở. Mỗi tệp tối đa <strong>{maxMb} MB</strong>. Chấp nhận PDF, ảnh JPG/PNG/HEIC (chụp bằng điện thoại), Word (.docx), Excel (.xlsx).
              </p>
            )}
            {page.attachments.length === 0 ? (
              <p className="text-sm text-slate-600">Chưa có tệp đính kèm.</p>
            ) : (
              <ul className="space-y-2" aria-label="Tệp đính kèm của đề nghị">
                {page.attachments.map((doc) => (
                  <li key={doc.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                    <UploadedFile doc={doc} badge={<Badge tone="neutral">{documentKindLabel(doc.kind)}</Badge>} />
                    {page.mayAttach && (
                      <ActionButton
                        action={detachSupportRequestDocumentAction}
                        input={{ documentId: doc.id }}
                        label={`Rút tệp ${doc.fileName}`}
                        variant="ghost"
                        confirm={`Rút tệp "${doc.fileName}" khỏi đề nghị? Tệp được lưu lại trong lịch sử nhưng không còn gửi kèm đề nghị.`}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {page.mayAttach && <AttachmentUpload requestId={r.id} kinds={page.attachmentKinds} maxMb={maxMb} />}
            {page.withdrawnAttachments.length > 0 && (
              <details className="text-sm">
                <summary className="cursor-pointer text-slate-700">Tệp đã rút ({page.withdrawnAttachments.length})</summary>
                <ul className="mt-2 space-y-1">
                  {page.withdrawnAttachments.map((doc) => (
                    <li key={doc.id} className="text-xs text-slate-600">
                      <span className="break-all">{doc.fileName}</span> · {DOCUMENT_REVIEW_LIFECYCLE.statusLabels[doc.review]} · {doc.uploadedBy.fullName} · {formatDateTime(doc.uploadedAt)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </Card>
        {page.canEdit && options && (
          <Card title="Sửa đề nghị">
            <SupportRequestForm
              categories={options.categories}
              initial={{
                requestId: String(r.id),
                title: r.title,
                contentCategoryId: String(r.contentCategoryId),
                equipment: r.equipment ?? '',
                description: r.description ?? '',
                totalCostVnd: formatVndPlain(r.totalCostVnd),
                counterpartVnd: formatVndPlain(r.counterpartVnd),
              }}
              saveAction={saveSupportRequestAction}
              checkAction={checkSupportRequestAction}
            />
          </Card>
        )}
      </div>
    </>
  );
}
