import 'server-only';
import { CONTEST_PUBLISHED_STATES } from '@/lib/domain/lifecycle/contest';
import { db } from '../db';

/**
 * A facility's recognised products (certified entries of published rounds). The caller has already
 * loaded the facility through the actor's scope; awards are public by nature.
 */
export function findFacilityAwards(facilityId: number) {
  return db.contestEntry.findMany({
    where: { facilityId, certificateNo: { not: null }, round: { status: { in: [...CONTEST_PUBLISHED_STATES] } } },
    select: { id: true, productName: true, rank: true, certificateNo: true, round: { select: { id: true, name: true, level: true, year: true } } },
    orderBy: [{ round: { year: 'desc' } }, { rank: 'asc' }],
  });
}
