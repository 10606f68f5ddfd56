import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { actorScopeKey, cachedRead, dayKey } from '../read-cache';
import { findBeneficiaryMoneySection } from './find-beneficiary-money-section';
import { findOpenAdvanceSection } from './find-open-advance-section';
import { findPlanWorkItems } from './find-plan-work-items';
import { findRegistrationWorkItems } from './find-registration-work-items';
import { findWorkItems, getScopeSummary, type ScopeSummary, type WorkSection } from './find-work-items';

export interface HomeWork {
  /** The headline figures of the actor's scope. */
  summary: ScopeSummary;
  /** The queues, in the order the home page shows them. */
  sections: WorkSection[];
}

/**
 * The home page's queues and headline figures. They depend on the business records of the actor's
 * scope and on the day (overdue advances, repayments due) only — never on who the user is — so they
 * are read through the data-version cache (lib/server/read-cache.ts): every commit makes the next
 * visit compute them again, and the Trung tâm's home, ~35 statements over a decade of đề án, is one
 * statement between two writes. A beneficiary's notifications are read apart (find-beneficiary-home.ts).
 */
export async function findHomeWork(actor: Actor): Promise<HomeWork> {
  return cachedRead('home-work', { scope: actorScopeKey(actor), day: dayKey() }, async () => {
    const [money, registrations, planSections, projectSections, advances, summary] = await Promise.all([
      findBeneficiaryMoneySection(actor),
      findRegistrationWorkItems(actor),
      findPlanWorkItems(actor),
      findWorkItems(actor),
      findOpenAdvanceSection(actor),
      getScopeSummary(actor),
    ]);
    return { summary, sections: [...money, ...registrations, ...planSections, ...projectSections, ...advances] };
  });
}
