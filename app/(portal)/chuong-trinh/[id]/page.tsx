import type { Metadata } from 'next';
import { AmendmentList } from '@/components/programmes/amendment-list';
import { ApproveProgrammeForm } from '@/components/programmes/approve-programme-form';
import { CloseProgrammeForm } from '@/components/programmes/close-programme-form';
import { ProgrammeStatusBadge } from '@/components/programmes/programme-status-badge';
import { ProgrammeTimeline } from '@/components/programmes/programme-timeline';
import { ProgressSection } from '@/components/programmes/progress-section';
import { TargetsEditor } from '@/components/programmes/targets-editor';
import { toFormGroups } from '@/components/programmes/targets-form-values';
import { TargetsTable } from '@/components/programmes/targets-table';
import { Alert } from '@/components/ui/alert';
import { ButtonDownload, ButtonLink } from '@/components/ui/button';
import { Card, DetailList, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDate } from '@/lib/domain/format';
import { FUNDING_LEVEL_LABELS, FUNDING_LEVEL_SHORT } from '@/lib/domain/labels';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { can } from '@/lib/domain/permissions';
import { changeIsAmendment, PROGRAMME_EDITABLE_STATES, PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import { findProgrammeProgress } from '@/lib/server/programmes/find-programme-progress';
import { findProgrammeTimeline, getProgrammeOrThrow } from '@/lib/server/programmes/get-programme';
import { plainAppendix } from '@/lib/server/programmes/programme-appendix-store';
import { approveProgrammeAction, closeProgrammeAction, saveTargetsAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Chương trình khuyến công' };

export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nam?: string; 'da-nhap'?: string }>;
}) {
  const { id: programmeId, actor, record: programme } = await loadRecordPage(params, (id) => requirePermission('programme:read', `/chuong-trinh/${id}`), getProgrammeOrThrow);
  const [progress, timeline] = await Promise.all([findProgrammeProgress(actor, programmeId), findProgrammeTimeline(actor, programmeId)]);
  const query = await searchParams;
  const year = progress.years.includes(Number(query.nam)) ? Number(query.nam) : null;
  const imported = Number(query['da-nhap']);

  const events = availableEvents(PROGRAMME_LIFECYCLE, actor, programme.status);
  const canEdit = can(actor, 'programme:edit') && PROGRAMME_EDITABLE_STATES.includes(programme.status);
  const appendix = plainAppendix(programme.appendix);
  const hasTargets = appendix.groups.some((g) => g.items.length > 0);
  const table = hasTargets ? (
    <TargetsTable appendix={appendix} caption={`Phụ lục chỉ tiêu ${programme.code}`} />
  ) : (
    <EmptyState>Chưa có chỉ tiêu. {canEdit ? 'Nhập từ Excel hoặc sửa bảng để thêm nhóm và chỉ tiêu.' : ''}</EmptyState>
  );
  const d = programme.decision;

  return (
    <>
      <PageHeader
        title={programme.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{programme.code}</span>
            <span>· {FUNDING_LEVEL_SHORT[programme.level]}</span>
            <span>
              · {programme.startYear}–{programme.endYear}
            </span>
            <ProgrammeStatusBadge status={programme.status} />
          </span>
        }
        actions={
          <>
            <ButtonDownload href={`/chuong-trinh/${programme.id}/xuat-excel`}>
              Xuất Excel
            </ButtonDownload>
            {canEdit && <ButtonLink href={`/chuong-trinh/${programme.id}/nhap-excel`}>Nhập từ Excel</ButtonLink>}
          </>
        }
      />
      {Number.isInteger(imported) && imported > 0 && <Alert tone="success">Đã nhập phụ lục từ Excel: {imported} thay đổi.</Alert>}
      <div className="mt-4 space-y-4">
        <Card title="Thông tin chung">
          <DetailList
            items={[
              { label: 'Mã chương trình', value: programme.code },
              { label: 'Cấp', value: FUNDING_LEVEL_LABELS[programme.level] },
              { label: 'Giai đoạn', value: `${programme.startYear}–${programme.endYear}` },
              { label: 'Trạng thái', value: PROGRAMME_LIFECYCLE.statusLabels[programme.status] },
              { label: 'Quyết định phê duyệt', value: d ? `${d.number} ngày ${formatDate(d.issuedOn)} của ${d.issuer}` : 'Chưa phê duyệt' },
              { label: 'Người ký', value: d ? [d.signer, d.signerTitle].filter(Boolean).join(', ') : null },
              { label: 'Tệp quyết định', value: d?.document?.fileName ?? null },
              { label: 'Căn cứ', value: d?.legalBasis ?? null },
            ]}
          />
          {programme.objectives && (
            <div className="mt-4">
              <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">Mục tiêu</h3>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{programme.objectives}</p>
            </div>
          )}
        </Card>

        {events.includes('approve') && (
          <Card title="Phê duyệt chương trình">
            <ApproveProgrammeForm programmeId={programme.id} programmeName={programme.name} approve={approveProgrammeAction} />
          </Card>
        )}

        <Card title="Phụ lục chỉ tiêu">
          {canEdit ? (
            <TargetsEditor
              programmeId={programme.id}
              version={programme.updatedAt.toISOString()}
              years={progress.years}
              groups={toFormGroups(programme.appendix.groups)}
              amendment={changeIsAmendment(programme.status)}
              save={saveTargetsAction}
            >
              {table}
            </TargetsEditor>
          ) : (
            table
          )}
        </Card>

        <section id="tien-do">
          <Card title="Tiến độ thực hiện so với chỉ tiêu">
            {hasTargets ? <ProgressSection programmeId={programme.id} years={progress.years} groups={progress.groups} year={year} /> : <EmptyState>Chưa có chỉ tiêu để theo dõi.</EmptyState>}
          </Card>
        </section>

        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Điều chỉnh chương trình">
            <AmendmentList amendments={programme.amendments} />
          </Card>
          {can(actor, 'audit:read') && (
            <Card title="Diễn biến">
              <ProgrammeTimeline events={timeline} />
            </Card>
          )}
        </div>

        {events.includes('close') && (
          <Card title="Kết thúc chương trình">
            <CloseProgrammeForm programmeId={programme.id} close={closeProgrammeAction} />
          </Card>
        )}
      </div>
    </>
  );
}
