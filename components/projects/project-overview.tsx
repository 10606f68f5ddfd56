import { Link } from '@/components/ui/link';
import { Card, DetailCard, EmptyState } from '@/components/ui/card';
import { decisionRef, formatDate } from '@/lib/domain/format';
import { adminUnitName, FUNDING_LEVEL_LABELS, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { formatVnd } from '@/lib/domain/money';
import { REGIME_LABELS } from '@/lib/domain/project-regime';
import type { ProjectDetail } from '@/lib/server/projects/get-project';
import { CostLinesCard } from './cost-lines-card';

/** Thông tin chung, cơ sở thụ hưởng and dự toán of a đề án, read-only. */
export function ProjectOverview({ project }: { project: ProjectDetail }) {
  const flags = [project.isGroup && 'Đề án nhóm', project.isPilot && 'Đề án điểm', project.priorityArea && 'Địa bàn ưu tiên'].filter(Boolean).join(' · ');
  return (
    <>
      <DetailCard
        title="Thông tin chung"
        items={[
          { label: 'Năm', value: project.year },
          { label: 'Nguồn kinh phí', value: FUNDING_LEVEL_LABELS[project.fundingLevel] },
          { label: 'Nội dung', value: `${project.contentCategory.code} · ${project.contentCategory.name}` },
          {
            label: 'Chỉ tiêu chương trình',
            value: project.programmeTarget
              ? `${project.programmeTarget.group.code}.${project.programmeTarget.itemNo} ${project.programmeTarget.name}${project.targetQuantity === null ? ' — chưa ghi số lượng' : ` — ${project.targetQuantity} ${project.programmeTarget.unit ?? ''}`}`
              : project.targetQuantity !== null
                ? `Số lượng: ${project.targetQuantity}`
                : null,
          },
          { label: 'Đơn vị thực hiện', value: project.implementingOrg.name },
          { label: 'Địa bàn', value: [adminUnitName(project.adminUnit), project.adminUnit?.formerArea, project.place].filter(Boolean).join(' · ') || null },
          { label: 'Thời gian', value: project.startDate ? `${formatDate(project.startDate)} – ${formatDate(project.endDate)}` : null },
          { label: 'Đặc điểm', value: flags || null },
          { label: 'Chế độ áp dụng', value: REGIME_LABELS[project.regime] },
          { label: 'Quyết định phê duyệt', value: decisionRef(project.approvalDecision) },
          { label: 'Mô tả', value: project.description },
          { label: 'Sản phẩm dự kiến', value: project.expectedOutputs },
        ]}
      />
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
                  MST {b.facility.taxCode} · {LEGAL_FORM_LABELS[b.facility.legalForm]} · {adminUnitName(b.facility.adminUnit)}
                  {b.equipment ? ` · ${b.equipment}` : ''}
                </p>
                <p className="text-xs text-slate-700">
                  Hỗ trợ {formatVnd(b.supportVnd)} · Đối ứng {formatVnd(b.counterpartVnd)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <CostLinesCard project={project} />
    </>
  );
}
