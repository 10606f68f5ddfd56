import type { Metadata } from 'next';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ListCard, PageHeader } from '@/components/ui/card';
import { DataTable, WithNote } from '@/components/ui/table';
import { formatDateTime } from '@/lib/domain/format';
import { JOB_RUN_STATUS, JOB_RUN_STATUS_LABELS, JOB_RUN_STATUS_TONES } from '@/lib/domain/schedule';
import { requirePermission } from '@/lib/server/auth';
import { getJobOverview } from '@/lib/server/jobs/get-job-overview';
import { runJobNowAction } from './actions';

export const metadata = { title: 'Tác vụ định kỳ' } satisfies Metadata;

export default async function JobsPage() {
  const actor = await requirePermission('system:monitor', '/quan-tri/tac-vu');
  const { jobs, recentFailures, inProcess } = await getJobOverview(actor);
  return (
    <>
      <PageHeader
        title={metadata.title}
        description="Nhắc hạn, báo quá hạn, thư tổng hợp và gửi thư chạy tự động trên PostgreSQL (pg-boss). Mỗi lời nhắc chỉ gửi một lần cho mỗi người và mỗi dịp; lần chạy lỗi được thử lại 3 lần, giãn dần."
      />
      <Alert tone="info">
        {inProcess ? 'Bộ chạy tác vụ chạy cùng tiến trình máy chủ web (JOBS_IN_PROCESS).' : 'Bộ chạy tác vụ chạy riêng (npm run worker); máy chủ web không chạy tác vụ.'}
      </Alert>
      <div className="mt-4">
        <DataTable
          caption="Các tác vụ"
          rows={jobs}
          rowKey={(j) => j.name}
          columns={[
            { header: 'Tác vụ', cell: (j) => <WithNote note={<span className="font-mono">{j.name}</span>}><span className="block font-medium">{j.label}</span></WithNote> },
            { header: 'Lịch', cell: (j) => j.schedule },
            { header: 'Lần chạy gần nhất', cell: (j) => (j.lastRun ? formatDateTime(j.lastRun.startedAt) : 'Chưa chạy'), className: 'whitespace-nowrap' },
            {
              header: 'Kết quả',
              cell: (j) => (
                <>
                  {j.lastRun && <Badge tone={JOB_RUN_STATUS_TONES[j.lastRun.outcome]}>{JOB_RUN_STATUS_LABELS[j.lastRun.outcome]}</Badge>}
                  {j.lastRun?.outcome === JOB_RUN_STATUS.failed ? <span className="block text-red-700">{j.lastRun.error}</span> : <span className="block text-slate-500">{j.lastRun?.summary}</span>}
                </>
              ),
              className: 'text-xs',
            },
            { header: 'Lần chạy tới', cell: (j) => formatDateTime(j.nextRunAt), className: 'whitespace-nowrap' },
            { header: 'Lỗi trong 7 ngày', cell: (j) => (j.failuresThisWeek > 0 ? <Badge tone="danger">{j.failuresThisWeek}</Badge> : 0), numeric: true },
            { cell: (j) => <ActionButton action={runJobNowAction} input={{ name: j.name }} label="Chạy ngay" variant="secondary" /> },
          ]}
        />
      </div>
      <ListCard title="Lỗi gần đây" items={recentFailures}>
        {(f) => (
          <>
            <span className="font-medium">{f.label}</span> · {formatDateTime(f.startedAt)}
            <span className="block text-red-700">{f.error}</span>
          </>
        )}
      </ListCard>
    </>
  );
}
