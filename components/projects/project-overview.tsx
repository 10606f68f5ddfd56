import Link from 'next/link';
import { Card, DetailList, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName, FUNDING_LEVEL_LABELS, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { formatVnd, formatVndPlain } from '@/lib/domain/money';
import { REGIME_LABELS } from '@/lib/domain/project-regime';
import type { ProjectDetail } from '@/lib/server/projects/get-project';

/** Thông tin chung, cơ sở thụ hưởng and dự toán of a đề án, read-only. */
export function ProjectOverview({ project }: { project: ProjectDetail }) {
  const facilityName = new Map(project.beneficiaries.map((b) => [b.facilityId, b.facility.name]));
  const flags = [project.isGroup && 'Đề án nhóm', project.isPilot && 'Đề án điểm', project.priorityArea && 'Địa bàn ưu tiên'].filter(Boolean).join(' · ');
  return (
    <>
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
                : project.targetQuantity !== null
                  ? `Số lượng: ${project.targetQuantity}`
                  : null,
            },
            { label: 'Đơn vị thực hiện', value: project.implementingOrg.name },
            { label: 'Địa bàn', value: [adminUnitName(project.adminUnit), project.adminUnit?.formerArea, project.place].filter(Boolean).join(' · ') || null },
            { label: 'Thời gian', value: project.startDate ? `${formatDate(project.startDate)} – ${formatDate(project.endDate)}` : null },
            { label: 'Đặc điểm', value: flags || null },
            { label: 'Chế độ áp dụng', value: REGIME_LABELS[project.regime] },
            { label: 'Quyết định phê duyệt', value: project.approvalDecision ? `${project.approvalDecision.number} ngày ${formatDate(project.approvalDecision.issuedOn)}` : null },
            { label: 'Mô tả', value: project.description },
            { label: 'Sản phẩm dự kiến', value: project.expectedOutputs },
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
                <Th numeric>Ngân sách</Th>
                <Th numeric>Đối ứng</Th>
                <Th numeric>Khác</Th>
                {project.isGroup && <Th>Cơ sở</Th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {project.costLines.map((line) => (
                <tr key={line.id}>
                  <Td>{line.item}</Td>
                  <Td>{line.unit}</Td>
                  <Td numeric>{String(Number(line.quantity.toString())).replace('.', ',')}</Td>
                  <Td numeric>{formatVndPlain(line.unitPriceVnd)}</Td>
                  <Td numeric>{formatVndPlain(line.amountVnd)}</Td>
                  <Td numeric>{formatVndPlain(line.stateSupportVnd)}</Td>
                  <Td numeric>{formatVndPlain(line.counterpartVnd)}</Td>
                  <Td numeric>{formatVndPlain(line.otherVnd)}</Td>
                  {project.isGroup && <Td>{line.facilityId ? facilityName.get(line.facilityId) : 'Chi phí chung'}</Td>}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <Td>Tổng cộng</Td>
                <Td />
                <Td />
                <Td />
                <Td numeric>{formatVndPlain(project.totalCostVnd)}</Td>
                <Td numeric>{formatVndPlain(project.stateSupportVnd)}</Td>
                <Td numeric>{formatVndPlain(project.counterpartVnd)}</Td>
                <Td numeric>{formatVndPlain(project.otherFundingVnd)}</Td>
                {project.isGroup && <Td />}
              </tr>
            </tfoot>
          </Table>
        )}
      </Card>
    </>
  );
}
