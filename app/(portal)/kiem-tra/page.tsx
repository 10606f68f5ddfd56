import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { InspectionList } from '@/components/inspections/inspection-list';
import { InspectionPlanForm } from '@/components/inspections/inspection-plan-form';
import { Card, PageHeader } from '@/components/ui/card';
import { INSPECTION_LIFECYCLE } from '@/lib/domain/lifecycle/inspection';
import { can } from '@/lib/domain/permissions';
import { firstValues } from '@/lib/schemas/query';
import { inspectionListQuerySchema } from '@/lib/schemas/outputs';
import { requirePermission } from '@/lib/server/auth';
import { today } from '@/lib/server/dates';
import { findInspectionFormOptions } from '@/lib/server/inspections/inspection-form-options';
import { findInspections } from '@/lib/server/inspections/find-inspections';
import { planInspectionAction } from './actions';

export const metadata: Metadata = { title: 'Kiểm tra, giám sát' };

/** Kế hoạch kiểm tra, giám sát của một năm (seed 001 Điều 2.1d). */
export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('inspection:read', '/kiem-tra');
  const query = inspectionListQuerySchema.parse(firstValues(await searchParams));
  const year = query.nam ?? today().getUTCFullYear();
  const rows = await findInspections(actor, year);
  const mayPlan = can(actor, 'inspection:manage');
  const options = mayPlan ? await findInspectionFormOptions(actor) : null;
  const counts = Object.entries(INSPECTION_LIFECYCLE.statusLabels).map(([status, label]) => ({ label, n: rows.filter((r) => r.status === status).length }));
  return (
    <>
      <PageHeader title={`Kế hoạch kiểm tra, giám sát năm ${year}`} description="Đoàn kiểm tra, ngày, đề án được kiểm tra, kết quả, kiến nghị và việc theo dõi thực hiện kiến nghị." />
      <nav className="mb-4 flex flex-wrap gap-3 text-sm" aria-label="Chọn năm">
        <Link className="text-brand-700 underline" href={`/kiem-tra?nam=${year - 1}`}>
          ← Năm {year - 1}
        </Link>
        <Link className="text-brand-700 underline" href={`/kiem-tra?nam=${year + 1}`}>
          Năm {year + 1} →
        </Link>
      </nav>
      <p className="mb-3 text-sm text-slate-600">{counts.filter((c) => c.n > 0).map((c) => `${c.label}: ${c.n}`).join(' · ') || 'Chưa có cuộc kiểm tra nào.'}</p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <InspectionList rows={rows} empty={`Năm ${year} chưa có cuộc kiểm tra nào trong kế hoạch.`} />
        </div>
        {options && (
          <div className="min-w-0">
            <Card title="Thêm cuộc kiểm tra">
              <InspectionPlanForm year={year} projects={options.projects} adminUnits={options.adminUnits} save={planInspectionAction} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
