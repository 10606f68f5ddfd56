import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { Card, DetailList, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { adminUnitName, FUNDING_LEVEL_LABELS, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { PROJECT_LIFECYCLE, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import { formatVnd, formatVndPlain } from '@/lib/domain/money';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { findProjectTimeline, getProjectOrThrow } from '@/lib/server/projects/get-project';

export const metadata: Metadata = { title: 'Đề án' };

function statusLabel(value: string | null): string {
  return value && value in PROJECT_LIFECYCLE.statusLabels ? PROJECT_LIFECYCLE.statusLabels[value as ProjectStatus] : (value ?? '');
}

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const projectId = Number(id);
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  const actor = await requirePermission('project:read', `/de-an/${id}`);
  const project = await forPage(getProjectOrThrow(actor, projectId));
  const timeline = await findProjectTimeline(project.id);
  return (
    <>
      <PageHeader
        title={project.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{project.code}</span>
            <ProjectStatusBadge status={project.status} />
          </span>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Thông tin chung">
            <DetailList
              items={[
                { label: 'Năm', value: project.year },
                { label: 'Nguồn kinh phí', value: FUNDING_LEVEL_LABELS[project.fundingLevel] },
                { label: 'Nội dung', value: `${project.contentCategory.code} · ${project.contentCategory.name}` },
                {
                  label: 'Chỉ tiêu chương trình',
                  value: project.programmeTarget
                    ? `${project.programmeTarget.group.code}.${project.programmeTarget.itemNo} ${project.programmeTarget.name} — ${project.targetQuantity ?? 0} ${project.programmeTarget.unit ?? ''}`
                    : null,
                },
                { label: 'Đơn vị thực hiện', value: project.implementingOrg.name },
                { label: 'Địa bàn', value: [adminUnitName(project.adminUnit), project.adminUnit?.formerArea].filter(Boolean).join(' · ') },
                { label: 'Thời gian', value: project.startDate ? `${formatDate(project.startDate)} – ${formatDate(project.endDate)}` : null },
                {
                  label: 'Quyết định phê duyệt',
                  value: project.approvalDecision ? `${project.approvalDecision.number} ngày ${formatDate(project.approvalDecision.issuedOn)}` : null,
                },
              ]}
            />
          </Card>
          <Card title="Cơ sở thụ hưởng">
            {project.beneficiaries.length === 0 ? (
              <EmptyState>Chưa có cơ sở thụ hưởng.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {project.beneficiaries.map((b) => (
                  <li key={b.facilityId} className="py-2">
                    <Link href={`/co-so/${b.facility.id}`} className="font-medium text-brand-700 hover:underline">
                      {b.facility.name}
                    </Link>
                    <p className="text-xs text-slate-500">
                      MST {b.facility.taxCode} · {LEGAL_FORM_LABELS[b.facility.legalForm]}
                      {b.equipment ? ` · ${b.equipment}` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Dự toán chi tiết">
            {project.costLines.length === 0 ? (
              <EmptyState>Chưa lập dự toán.</EmptyState>
            ) : (
              <Table caption="Dự toán chi tiết">
                <thead>
                  <tr>
                    <Th>Nội dung chi</Th>
                    <Th>ĐVT</Th>
                    <Th numeric>Số lượng</Th>
                    <Th numeric>Đơn giá</Th>
                    <Th numeric>Thành tiền</Th>
                    <Th numeric>Ngân sách hỗ trợ</Th>
                    <Th numeric>Đối ứng</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {project.costLines.map((line) => (
                    <tr key={line.id}>
                      <Td>{line.item}</Td>
                      <Td>{line.unit}</Td>
                      <Td numeric>{line.quantity.toString().replace('.', ',')}</Td>
                      <Td numeric>{formatVndPlain(line.unitPriceVnd)}</Td>
                      <Td numeric>{formatVndPlain(line.amountVnd)}</Td>
                      <Td numeric>{formatVndPlain(line.stateSupportVnd)}</Td>
                      <Td numeric>{formatVndPlain(line.counterpartVnd)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Kinh phí">
            <DetailList
              items={[
                { label: 'Tổng kinh phí', value: formatVnd(project.totalCostVnd) },
                { label: 'Ngân sách hỗ trợ (đề nghị)', value: formatVnd(project.stateSupportVnd) },
                { label: 'Vốn đối ứng', value: formatVnd(project.counterpartVnd) },
                { label: 'Hỗ trợ được duyệt', value: formatVnd(project.approvedSupportVnd) },
              ]}
            />
          </Card>
          <Card title="Diễn biến">
            {timeline.length === 0 ? (
              <EmptyState>Chưa có thao tác nào.</EmptyState>
            ) : (
              <ol className="space-y-3">
                {timeline.map((event) => (
                  <li key={event.id.toString()} className="border-l-2 border-brand-100 pl-3 text-sm">
                    <p className="font-medium">
                      {event.toStatus ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : event.event}
                    </p>
                    <p className="text-xs text-slate-500">
                      {formatDateTime(event.createdAt)} · {event.actor?.fullName ?? 'Hệ thống'}
                    </p>
                    {event.reason && <p className="mt-1 text-xs text-slate-700">Lý do: {event.reason}</p>}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
