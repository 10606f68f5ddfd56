import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { findProgrammeProgress } from '../programmes/find-programme-progress';
import { findProgrammes } from '../programmes/find-programmes';
import { provinceFilter, type ApiClientScope } from './api-scope';
import { isoDay } from './find-open-projects';

/** GET /api/mo/chuong-trinh: the programmes page's list, narrowed to a province for the national client. */
export async function findOpenProgrammes(client: ApiClientScope, actor: Actor, tinh: string | undefined) {
  const province = await provinceFilter(client, tinh);
  const rows = await findProgrammes(actor);
  return {
    data: rows
      .filter((p) => province === undefined || p.provinceId === province)
      .map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        level: p.level,
        startYear: p.startYear,
        endYear: p.endYear,
        status: p.status,
        province: p.province.name,
        decision: p.decision ? { number: p.decision.number, issuedOn: isoDay(p.decision.issuedOn) } : null,
      })),
  };
}

/** GET /api/mo/chuong-trinh/{id}/tien-do: the programme page's progress (scope: out of scope is 404). */
export async function findOpenProgrammeProgress(actor: Actor, programmeId: number) {
  const progress = await findProgrammeProgress(actor, programmeId);
  return {
    programmeId: progress.programmeId,
    years: [...progress.years],
    groups: progress.groups.map((g) => ({
      code: g.code,
      name: g.name,
      targets: g.targets.map((t) => ({
        groupCode: t.groupCode,
        itemNo: t.itemNo,
        name: t.name,
        unit: t.unit,
        statedTotal: t.statedTotal,
        consistent: t.consistent,
        byYear: t.byYear,
        period: t.period,
      })),
    })),
  };
}
