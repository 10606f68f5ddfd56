// A published city-level product contest (bình chọn sản phẩm CNNT tiêu biểu cấp thành phố 2026) as
// the portal would have produced it: decision, criteria, council, entries forwarded by the xã,
// every member's scores (none for an entry of the member's own xã), ranks, certificates, and the
// audit rows of each step. It counts as 1 achieved toward the programme's contest target (II.5).
import { averageScoreHundredths, certificateNumber, rankByScore } from '../../lib/domain/contest';
import type { SeededFacility } from './facilities';
import type { SeedTx } from './types';
import { at, day, demoDecisionNumber, need } from './util';

const CRITERIA = [
  { name: 'Chất lượng, tính năng sản phẩm', maxPoints: 40 },
  { name: 'Thẩm mỹ, bản sắc văn hoá', maxPoints: 30 },
  { name: 'Thị trường, hiệu quả kinh tế', maxPoints: 30 },
];

const MEMBERS = ['sct.lanhdao', 'ttkc.canbo', 'xa.vinhbao'];

// facility key, product, group, who forwarded, points per member (in MEMBERS order) per criterion.
const ENTRIES: [string, string, string, string, (number[] | null)[]][] = [
  ['go-vinh-bao', 'Tượng gỗ Di Lặc chạm tay', 'Thủ công mỹ nghệ', 'xa.vinhbao', [[36, 28, 25], [35, 27, 26], null]],
  ['dong-lac', 'Hành tỏi sấy giòn Đồng Lạc', 'Chế biến nông sản, thực phẩm', 'xa.namsach', [[34, 24, 27], [33, 25, 28], [35, 24, 26]]],
  ['may-tre-nam-sach', 'Giỏ mây đan xuất khẩu', 'Thủ công mỹ nghệ', 'xa.namsach', [[31, 26, 24], [30, 27, 23], [32, 25, 24]]],
  ['nam-tan-lien', 'Nấm linh chi sấy Tân Liên', 'Chế biến nông sản, thực phẩm', 'xa.vinhbao', [[30, 22, 22], [29, 23, 21], null]],
];

export async function seedContests(
  tx: SeedTx,
  provinceId: number,
  users: ReadonlyMap<string, number>,
  facilities: ReadonlyMap<string, SeededFacility>,
  targets: ReadonlyMap<string, number>,
): Promise<void> {
  const sct = need(users, 'sct.lanhdao', 'user');
  const publishedAt = at('2026-10-28', '15:00');
  const round = await tx.contestRound.create({
    data: {
      provinceId,
      level: 'PROVINCE',
      year: 2026,
      name: 'Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp thành phố năm 2026',
      decisionNumber: demoDecisionNumber('2415/QĐ-SCT'),
      decisionDate: day('2026-08-14'),
      winnerCount: 3,
      programmeTargetId: need(targets, 'II.5', 'programme target'),
      status: 'PUBLISHED',
      publishedAt,
      createdById: sct,
      createdAt: at('2026-08-14', '10:00'),
      criteria: { create: CRITERIA.map((c, i) => ({ ...c, sortOrder: i + 1 })) },
      members: { create: MEMBERS.map((u) => ({ userId: need(users, u, 'user') })) },
    },
    include: { criteria: { orderBy: { sortOrder: 'asc' } } },
  });
  const entries = [];
  for (const [key, productName, productGroup, forwardedBy, points] of ENTRIES) {
    const facility = need(facilities, key, 'facility');
    const entry = await tx.contestEntry.create({
      data: {
        roundId: round.id,
        provinceId,
        facilityId: facility.id,
        adminUnitId: facility.adminUnitId,
        productName,
        productGroup,
        forwardedById: need(users, forwardedBy, 'user'),
        forwardedAt: at('2026-09-05', '09:30'),
      },
    });
    const scores = points.flatMap((byCriterion, m) =>
      byCriterion === null
        ? []
        : byCriterion.map((p, c) => ({ entryId: entry.id, criterionId: round.criteria[c]!.id, memberId: need(users, MEMBERS[m]!, 'user'), points: p, scoredAt: at('2026-10-20', '14:00') })),
    );
    await tx.contestScore.createMany({ data: scores });
    const totals = points.filter((p): p is number[] => p !== null).map((p) => p.reduce((a, b) => a + b, 0));
    entries.push({ id: entry.id, score: averageScoreHundredths(totals) });
  }
  const ranks = rankByScore(entries.map((e) => e.score));
  for (const [i, e] of entries.entries()) {
    const rank = ranks[i]!;
    await tx.contestEntry.update({
      where: { id: e.id },
      data: { scoreHundredths: e.score, rank, certificateNo: rank <= round.winnerCount ? certificateNumber(round, { id: e.id, rank }) : null },
    });
  }
  const steps: [string, string | null, string, Date][] = [
    ['create', null, 'DRAFT', at('2026-08-14', '10:00')],
    ['open', 'DRAFT', 'OPEN', at('2026-08-15', '08:30')],
    ['startScoring', 'OPEN', 'SCORING', at('2026-10-01', '08:30')],
    ['publish', 'SCORING', 'PUBLISHED', publishedAt],
  ];
  await tx.auditEvent.createMany({
    data: steps.map(([event, fromStatus, toStatus, createdAt]) => ({ provinceId, actorId: sct, entityType: 'ContestRound', entityId: round.id, event, fromStatus, toStatus, createdAt })),
  });
}
