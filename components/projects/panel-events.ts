import type { ProjectEvent } from '@/lib/domain/lifecycle/project';

/** The events the action panel has a form for; others (liquidation, settlement) live on their own pages. */
export const PANEL_EVENTS: readonly ProjectEvent[] = [
  'submit',
  'withdraw',
  'returnForRevision',
  'appraisePass',
  'approve',
  'reject',
  'signContract',
  'start',
  'requestAcceptance',
  'acceptancePassed',
  'stop',
];
