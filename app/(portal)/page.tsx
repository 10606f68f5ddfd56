import { Link } from '@/components/ui/link';
import { ReportDashboard } from '@/components/reports/dashboard';
import { Card, EmptyState, HeadlineFigures, PageHeader } from '@/components/ui/card';
import { formatNumber } from '@/lib/domain/format';
import { ROLE_LABELS } from '@/lib/domain/roles';
import { requirePermission } from '@/lib/server/auth';
import { findHomeWork } from '@/lib/server/home/find-home-work';
import { BeneficiaryHomeView } from '@/components/beneficiary/beneficiary-home';
import { findBeneficiaryHome } from '@/lib/server/home/find-beneficiary-home';
import { findDashboard } from '@/lib/server/reports/find-dashboard';

export default async function HomePage() {
  const actor = await requirePermission('home:view', '/');
  const [{ summary, sections }, dashboard, beneficiary] = await Promise.all([findHomeWork(actor), findDashboard(actor), findBeneficiaryHome(actor)]);
  return (
    <>
      <PageHeader title="Việc cần xử lý" description={`Xin chào ${actor.fullName} — ${ROLE_LABELS[actor.role]}.`} />
      {beneficiary && <BeneficiaryHomeView home={beneficiary} />}
      <HeadlineFigures
        label="Số liệu trong phạm vi"
        figures={[
          ['Đề án trong phạm vi', formatNumber(summary.projects)],
          ['Kinh phí hỗ trợ được duyệt', summary.approvedSupport],
          ['Đã thanh toán qua Kho bạc', summary.paid],
        ]}
      />
      {dashboard && <ReportDashboard data={dashboard} />}
      <div className="grid gap-4 lg:grid-cols-2">
        {sections.map((section) => (
          <Card key={section.title} title={`${section.title} (${section.total})`}>
            <p className="mb-3 text-sm text-slate-600">{section.hint}</p>
            {section.items.length === 0 ? (
              <EmptyState>Không có việc nào đang chờ.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {section.items.map((item) => (
                  <li key={item.href + item.title} className="py-2">
                    <Link href={item.href} className="font-medium text-brand-700 hover:underline">
                      {item.title}
                    </Link>
                    <p className="text-xs text-slate-500">{item.meta}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
        {sections.length === 0 && <EmptyState>Không có việc nào đang chờ bạn xử lý.</EmptyState>}
      </div>
    </>
  );
}
