import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ContestEntryForm } from '@/components/contests/contest-entry-form';
import { ContestScoreForm } from '@/components/contests/contest-score-form';
import { ForwardWinnersForm } from '@/components/contests/forward-winners-form';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, DetailList, EmptyState, PageHeader } from '@/components/ui/card';
import { DataTable, WithNote } from '@/components/ui/table';
import { CONTEST_LEVEL_LABELS, formatScore } from '@/lib/domain/contest';
import { formatDate } from '@/lib/domain/format';
import { adminUnitName } from '@/lib/domain/labels';
import { CONTEST_ROUND_LIFECYCLE } from '@/lib/domain/lifecycle/contest';
import { getContestRound, type ContestRoundDetail } from '@/lib/server/contests/get-contest-round';
import { forwardContestEntryAction, forwardContestWinnersAction, moveContestRoundAction, scoreContestEntryAction } from '../actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

type Entry = ContestRoundDetail['entries'][number];

export const metadata: Metadata = { title: 'Cuộc bình chọn' };

export default async function ContestRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: round } = await loadRecordPage(params, (id) => requirePermission('contest:read', `/binh-chon/${id}`), getContestRound);
  const scorable = round.entries.filter((e) => e.canScore);
  return (
    <>
      <PageHeader
        title={round.name}
        description={
          <>
            {CONTEST_LEVEL_LABELS[round.level]} · năm {round.year} · <strong>{CONTEST_ROUND_LIFECYCLE.statusLabels[round.status]}</strong> ·{' '}
            <Link href="/binh-chon" className="text-brand-700 underline">Tất cả cuộc bình chọn</Link>
          </>
        }
      />
      <div className="space-y-4">
        <Card title="Thông tin cuộc bình chọn">
          <DetailList
            items={[
              { label: 'Cấp', value: `${CONTEST_LEVEL_LABELS[round.level]}${round.adminUnit ? ` — ${adminUnitName(round.adminUnit)}` : ''}` },
              { label: 'Quyết định tổ chức', value: `${round.decisionNumber} ngày ${formatDate(round.decisionDate)}` },
              { label: 'Số sản phẩm được công nhận', value: round.winnerCount },
              {
                label: 'Chỉ tiêu chương trình',
                value: round.programmeTarget ? `${round.programmeTarget.programme.name}: ${round.programmeTarget.itemNo}. ${round.programmeTarget.name}` : 'Không tính vào chỉ tiêu',
              },
              { label: 'Tiêu chí chấm điểm', value: round.criteria.map((c) => `${c.name} (tối đa ${c.maxPoints} điểm)`).join('; ') },
              { label: 'Hội đồng bình chọn', value: round.members.map((m) => `${m.user.fullName}${m.user.adminUnit ? ` (xã ${m.user.adminUnit.name})` : ''}`).join('; ') },
            ]}
          />
          {round.events.length > 0 && (
            <div className="mt-4 flex flex-wrap gap-2">
              {round.events.map((event) => (
                <ActionButton
                  key={event}
                  action={moveContestRoundAction}
                  input={{ roundId: round.id, event }}
                  label={CONTEST_ROUND_LIFECYCLE.events[event].label}
                  confirm={event === 'publish' ? 'Công bố kết quả? Điểm, thứ hạng và giấy chứng nhận sẽ được chốt.' : undefined}
                />
              ))}
            </div>
          )}
        </Card>

        {round.canForward && (
          <Card title="Gửi sản phẩm của xã">
            {round.facilities.length === 0 ? (
              <EmptyState>Không có cơ sở nào trên địa bàn để gửi.</EmptyState>
            ) : (
              <ContestEntryForm roundId={round.id} facilities={round.facilities} forward={forwardContestEntryAction} />
            )}
          </Card>
        )}

        <Card title={round.published ? 'Kết quả bình chọn' : 'Sản phẩm dự bình chọn'}>
          <DataTable
            caption={round.published ? 'Kết quả bình chọn' : 'Sản phẩm dự bình chọn'}
            rows={round.entries}
            empty="Chưa có sản phẩm nào được gửi."
            columns={[
              ...(round.published ? [{ header: 'Hạng', cell: (e: Entry) => e.rank ?? '—', numeric: true }] : []),
              { header: 'Sản phẩm', cell: (e) => <WithNote note={e.productGroup}><span className="font-medium">{e.productName}</span></WithNote> },
              { header: 'Cơ sở', cell: (e) => e.facility.name },
              { header: 'Xã', cell: (e) => adminUnitName(e.adminUnit) },
              { header: round.published ? 'Điểm' : 'Thành viên đã chấm', cell: (e) => (round.published ? formatScore(e.scoreHundredths) : `${e.membersScored}/${round.members.length}`), numeric: true },
              ...(round.published
                ? [
                    {
                      header: 'Giấy chứng nhận',
                      cell: (e: Entry) =>
                        e.winner ? (
                          <Link href={`/binh-chon/${round.id}/giay-chung-nhan/${e.id}`} className="text-brand-700 hover:underline">
                            Số {e.certificateNo}
                          </Link>
                        ) : (
                          '—'
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>

        {round.isMember && round.entries.some((e) => e.ownXa) && !round.published && (
          <Alert tone="info">Bạn không chấm sản phẩm của xã mình: {round.entries.filter((e) => e.ownXa).map((e) => e.productName).join(', ')}.</Alert>
        )}
        {scorable.length > 0 && (
          <Card title="Chấm điểm">
            <div className="space-y-6">
              {scorable.map((e) => (
                <section key={e.id} aria-label={`Chấm điểm ${e.productName}`} className="space-y-2">
                  <h3 className="font-medium">
                    {e.productName} — {e.facility.name} <Badge>{Object.keys(e.myScores).length > 0 ? 'Đã chấm' : 'Chưa chấm'}</Badge>
                  </h3>
                  <ContestScoreForm entryId={e.id} productName={e.productName} criteria={round.criteria} current={e.myScores} score={scoreContestEntryAction} />
                </section>
              ))}
            </div>
          </Card>
        )}

        {round.nextRounds.length > 0 && (
          <Card title="Chuyển sản phẩm đạt giải lên cấp trên">
            <ForwardWinnersForm fromRoundId={round.id} rounds={round.nextRounds} forward={forwardContestWinnersAction} />
          </Card>
        )}
      </div>
    </>
  );
}
