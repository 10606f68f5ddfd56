import 'server-only';
import { PROGRAMME_TARGETABLE_STATES } from '@/lib/domain/lifecycle/programme';
import type { Actor } from '@/lib/domain/roles';
import { programmeScope } from '@/lib/domain/scope';
import type { Prisma } from '@/prisma/generated/client/client';

/**
 * The programme targets a proposal or đề án of `year` may count toward: those of an approved
 * programme in the actor's scope whose years cover `year`. The picker and the save ask the same.
 */
export function targetsOpenForYear(actor: Actor, year: number): Prisma.ProgrammeTargetWhereInput {
  return {
    programme: { AND: [programmeScope(actor), { status: { in: [...PROGRAMME_TARGETABLE_STATES] }, startYear: { lte: year }, endYear: { gte: year } }] },
  };
}

/** How a target is named in pickers: the programme's code first, since item numbers repeat across programmes. */
export function targetLabel(t: { itemNo: string; name: string; unit: string | null; group: { code: string }; programme: { code: string } }): string {
  return `${t.programme.code} · ${t.group.code}.${t.itemNo} ${t.name}${t.unit ? ` (${t.unit})` : ''}`;
}
