import type { Metadata } from 'next';
import { ProjectStatusBadge } from '@/components/projects/project-status-badge';
import { Alert } from '@/components/ui/alert';
import { Card, DetailList, EmptyState, PageHeader } from '@/components/ui/card';
import { RowLink } from '@/components/ui/table';
import { CONTEST_LEVEL_LABELS } from '@/lib/domain/contest';
import { adminUnitName, LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { formatVnd } from '@/lib/domain/money';
import { findFacilityAwards } from '@/lib/server/contests/find-facility-awards';
import { getFacilityOrThrow } from '@/lib/server/facilities/find-facilities';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata: Metadata = { title: 'Cơ sở CNNT' };

export default async function FacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, record: { facility, projects } } = await loadRecordPage(params, (id) => requirePermission('facility:read', `/co-so/${id}`), getFacilityOrThrow);
  const eligibility = isFacilityEligibleArea(facility);
  // The facility was loaded through the actor's scope above; its awards are public by nature.
  const awards = await findFacilityAwards(facility.id);
  return (
    <>
      <PageHeader title={facility.name} description={`MST ${facility.taxCode}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Thông tin cơ sở">
          <DetailList
            items={[
              { label: 'Loại hình', value: LEGAL_FORM_LABELS[facility.legalForm] },
              { label: 'Địa bàn', value: `${adminUnitName(facility.adminUnit)}${facility.adminUnit.formerArea ? ` (${facility.adminUnit.formerArea})` : ''}` },
              { label: 'Địa chỉ', value: facility.address },
              { label: 'Ngành nghề', value: facility.sector },
              { label: 'Người đại diện', value: facility.representative },
              { label: 'Điện thoại', value: facility.phone },
              { label: 'Làng nghề được công nhận', value: facility.inRecognizedCraftVillage ? (facility.craftVillageName ?? 'Có') : 'Không' },
            ]}
          />
          {!eligibility.eligible && (
            <div className="mt-4">
              <Alert tone="warning" title="Lưu ý điều kiện hỗ trợ">
                {eligibility.reason}
              </Alert>
            </div>
          )}
        </Card>
        <Card title="Đề án đã/đang hỗ trợ">
          {projects.length === 0 ? (
            <EmptyState>Cơ sở chưa tham gia đề án nào.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {projects.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <RowLink href={`/de-an/${p.id}`}>{p.code} · {p.name}</RowLink>
                    <span className="block text-xs text-slate-500">
                      Năm {p.year} · hỗ trợ {formatVnd(p.approvedSupportVnd ?? p.stateSupportVnd)}
                    </span>
                  </span>
                  <ProjectStatusBadge status={p.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Sản phẩm CNNT tiêu biểu">
          {awards.length === 0 ? (
            <EmptyState>Cơ sở chưa có sản phẩm được công nhận.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {awards.map((a) => (
                <li key={a.id} className="py-2">
                  <span className="font-medium">{a.productName}</span>
                  <span className="block text-xs text-slate-500">
                    {CONTEST_LEVEL_LABELS[a.round.level]} năm {a.round.year} · hạng {a.rank} · giấy chứng nhận số {a.certificateNo} · {a.round.name}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
