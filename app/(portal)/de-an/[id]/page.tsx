import type { Metadata } from 'next';
import { AcceptanceCard } from '@/components/projects/acceptance-card';
import { ActionPanel } from '@/components/projects/action-panel';
import { PANEL_EVENTS } from '@/components/projects/panel-events';
import { DeleteDocumentButton, DocumentUploadForm } from '@/components/projects/document-upload-form';
import { DocumentsCard } from '@/components/projects/documents-card';
import { DuplicateCard } from '@/components/projects/duplicate-card';
import { NormCard } from '@/components/projects/norm-card';
import { NormExceptionForm } from '@/components/projects/norm-exception-form';
import { ProjectMoneyCard } from '@/components/projects/project-money-card';
import { ProjectOverview } from '@/components/projects/project-overview';
import { AppraisalsCard, ContractsCard } from '@/components/projects/project-records';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { RecoverableBadge } from '@/components/projects/recoverable-badge';
import { ProjectTimeline } from '@/components/projects/project-timeline';
import { OutputForm } from '@/components/outputs/output-form';
import { OutputsSection } from '@/components/outputs/outputs-section';
import { ParticipantImportForm } from '@/components/outputs/participant-import-form';
import { InspectionsCard } from '@/components/inspections/inspections-card';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DOCUMENT_KINDS, documentKindLabel } from '@/lib/domain/documents';
import { ACCEPTANCE_LIFECYCLE, canAttachAcceptanceDocument, isAcceptanceOpen } from '@/lib/domain/lifecycle/acceptance';
import {
  canAttachDossierDocument,
  canAttachProjectDocument,
  canRecordNormException,
  canRequestAmendment,
  isPlanProjectAwaitingEstimate,
  PROJECT_EDITABLE_STATES,
  PROJECT_SETTLEMENT_PAGE_STATES,
} from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import { parseChecklist } from '@/lib/domain/project-documents';
import { canRecordOutputs, defaultOutputKind } from '@/lib/domain/project-outputs';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getProjectPageOrThrow } from '@/lib/server/projects/get-project-page';
import { idFromParam } from '@/lib/server/page-params';
import {
  acceptanceResultAction,
  appraiseAction,
  approveAction,
  changeStatusAction,
  deleteProjectAction,
  deleteDocumentAction,
  deleteOutputAction,
  importParticipantsAction,
  normExceptionAction,
  recordOutputAction,
  requestAcceptanceAction,
  signContractAction,
  uploadDocumentAction,
} from './actions';

export const metadata: Metadata = { title: 'Đề án' };

const kindOptions = (kinds: readonly string[]) => kinds.map((k) => ({ value: k, label: documentKindLabel(k) }));

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const projectId = idFromParam(id);
  const actor = await requirePermission('project:read', `/de-an/${id}`);
  const { project, money, events, mayDelete, overdue, timeline, norm, duplicates, outputs, inspections, submissionProblems, recommendedVnd } = await forPage(getProjectPageOrThrow(actor, projectId));
  const mayRecordOutputs = canRecordOutputs(actor, project.status);
  const draft = PROJECT_EDITABLE_STATES.includes(project.status);
  const canEdit = can(actor, 'project:edit');
  const dossierKinds = parseChecklist(project.contentCategory.dossierChecklist);
  const acceptanceKinds = parseChecklist(project.contentCategory.acceptanceChecklist);
  // Dossier kinds only while drafting; contracts, decisions and other papers at any later step.
  const uploadKinds = canAttachDossierDocument(actor, project.status) ? [...dossierKinds, ...DOCUMENT_KINDS.filter((k) => !dossierKinds.includes(k))] : DOCUMENT_KINDS.filter((k) => !dossierKinds.includes(k));
  const facilities = project.beneficiaries.map((b) => ({ value: b.facilityId, label: b.facility.name }));
  const single = project.beneficiaries.length === 1 ? project.beneficiaries[0]! : null;
  const latestAcceptance = project.acceptances[0];
  // The open round's dossier, linked at the top (on a phone the acceptance card is far down).
  const openAcceptance = project.acceptances.find((a) => isAcceptanceOpen(a.status));
  const canAmend = canRequestAmendment(actor, project.status, project.amendments);

  return (
    <>
      <PageHeader
        title={project.name}
        description={project.code}
        status={
          <>
            <ProjectStatusBadge status={project.status} />
            {project.version > 1 && <Badge tone="info">Phiên bản {project.version}</Badge>}
            <RecoverableBadge recoverable={project.isRecoverable} />
          </>
        }
        actions={
          <>
            {draft && canEdit && <ButtonLink href={`/de-an/${project.id}/sua`}>Sửa hồ sơ</ButtonLink>}
            {(draft || isPlanProjectAwaitingEstimate(project)) && canEdit && <ButtonLink href={`/de-an/${project.id}/du-toan`}>Lập dự toán</ButtonLink>}
            {(canAmend || project.amendments.length > 0) && <ButtonLink href={`/de-an/${project.id}/dieu-chinh`}>Điều chỉnh, phiên bản</ButtonLink>}
            {project.approvedSupportVnd !== null && <ButtonLink href={`/de-an/${project.id}/thanh-toan`}>Tạm ứng, thanh toán</ButtonLink>}
            {project.isRecoverable && <ButtonLink href={`/de-an/${project.id}/thu-hoi`}>Hoàn trả (hỗ trợ có thu hồi)</ButtonLink>}
            {PROJECT_SETTLEMENT_PAGE_STATES.includes(project.status) && <ButtonLink href={`/de-an/${project.id}/quyet-toan`}>Thanh lý, quyết toán</ButtonLink>}
            {mayDelete && (
              <ActionButton action={deleteProjectAction} input={{ projectId: project.id }} label="Xoá dự thảo" variant="danger" confirm={`Xoá dự thảo đề án ${project.code}? Hồ sơ, dự toán và tài liệu của dự thảo sẽ bị xoá.`} />
            )}
          </>
        }
      />
      {openAcceptance && (
        <section aria-label="Hồ sơ nghiệm thu" className="mb-4 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="font-semibold">Hồ sơ nghiệm thu: {ACCEPTANCE_LIFECYCLE.statusLabels[openAcceptance.status]}</p>
          <p className="mt-1 text-sm text-slate-700">
            {canAttachAcceptanceDocument(actor, project.status, openAcceptance.status) && !can(actor, 'acceptance:manage')
              ? 'Tải lên biên bản, hoá đơn, hợp đồng, ảnh máy đã lắp đặt… rồi bấm "Nộp hồ sơ".'
              : 'Xem các tài liệu cơ sở đã nộp, chấp nhận hoặc yêu cầu thay thế.'}
          </p>
          <ButtonLink className="mt-3" variant="primary" href={`/de-an/${project.id}/nghiem-thu/${openAcceptance.id}`}>
            Mở hồ sơ nghiệm thu
          </ButtonLink>
        </section>
      )}
      {overdue && (
        <div className="mb-4">
          <Alert tone="warning" title="Đề án quá hạn">
            {overdue}. Đề nghị nghiệm thu, hoặc đề nghị điều chỉnh thời gian.
          </Alert>
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:order-last">
          <ActionPanel
            projectId={project.id}
            status={project.status}
            events={events.filter((e) => PANEL_EVENTS.includes(e))}
            submissionProblems={submissionProblems}
            context={{
              stateSupportVnd: project.stateSupportVnd.toString(),
              recommendedVnd: (recommendedVnd ?? project.stateSupportVnd).toString(),
              facilities,
              contract: {
                partyBName: single?.facility.name ?? '',
                valueVnd: project.totalCostVnd.toString(),
                supportVnd: (project.approvedSupportVnd ?? 0n).toString(),
                facilityId: single ? String(single.facilityId) : '',
              },
              acceptance: { councilMembers: latestAcceptance?.councilMembers ?? '', acceptedValueVnd: project.totalCostVnd.toString() },
              targetLabel: project.targetQuantity === null ? null : `${project.targetQuantity} ${project.programmeTarget?.unit ?? ''}`.trim(),
            }}
            actions={{
              simple: changeStatusAction,
              appraise: appraiseAction,
              approve: approveAction,
              contract: signContractAction,
              requestAcceptance: requestAcceptanceAction,
              acceptanceResult: acceptanceResultAction,
            }}
          />
          <ProjectMoneyCard project={project} money={money} />
        </div>
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <ProjectOverview project={project} />
          <NormCard
            result={norm}
            exceptionNote={project.normExceptionNote}
            exceptionForm={canRecordNormException(actor, project) ? <NormExceptionForm projectId={project.id} save={normExceptionAction} /> : undefined}
          />
          {duplicates && <DuplicateCard warnings={duplicates} />}
          <DocumentsCard
            title="Hồ sơ đề án"
            required={dossierKinds}
            documents={project.documents}
            uploadForm={canAttachProjectDocument(actor, project.status) ? <DocumentUploadForm projectId={project.id} kinds={kindOptions(uploadKinds)} action={uploadDocumentAction} /> : undefined}
            deleteButton={draft && canEdit ? (doc) => <DeleteDocumentButton documentId={doc.id} label={doc.title} action={deleteDocumentAction} /> : undefined}
          />
          <AppraisalsCard appraisals={project.appraisals} />
          <ContractsCard contracts={project.contracts} />
          <AcceptanceCard
            acceptances={project.acceptances}
            required={acceptanceKinds}
            target={{ quantity: project.targetQuantity, unit: project.programmeTarget?.unit ?? null }}
            projectId={project.id}
          />
          <OutputsSection
            outputs={outputs}
            target={project.programmeTarget ? { name: project.programmeTarget.name, unit: project.programmeTarget.unit } : null}
            form={mayRecordOutputs ? <OutputForm projectId={project.id} defaultKind={defaultOutputKind(project.programmeTarget?.unit, project.contentCategory.code)} save={recordOutputAction} /> : undefined}
            importFormFor={
              mayRecordOutputs
                ? (o) => <ParticipantImportForm outputId={o.id} templateHref={`/de-an/${project.id}/ket-qua/${o.id}/mau-danh-sach`} importList={importParticipantsAction} />
                : undefined
            }
            deleteButtonFor={
              mayRecordOutputs
                ? (o) => <ActionButton action={deleteOutputAction} input={{ outputId: o.id }} label="Xoá kết quả này" variant="secondary" confirm={`Xoá kết quả "${o.title}"${o.participants.length ? ` cùng danh sách ${o.participants.length} học viên` : ''}?`} />
                : undefined
            }
          />
          {inspections && <InspectionsCard inspections={inspections} />}
          <ProjectTimeline events={timeline} />
        </div>
      </div>
    </>
  );
}
