// A lifecycle is data: for each event, the states it may start from, the state it leads to and
// the permission it needs. Server-side transitions (lib/server/lifecycle/transition.ts) are the only
// writers of a status column; the UI offers `availableEvents`.
import { can, type Permission } from '../permissions';
import type { Actor } from '../roles';

export interface EventRule<S extends string> {
  from: readonly S[];
  to: S;
  permission: Permission;
  /** Button label and audit wording, in Vietnamese. */
  label: string;
  /** Stopping, returning and rejecting need a written reason. */
  requiresReason?: boolean;
  /**
   * The portal's own scheduled jobs fire it too, with no person behind it (the audit names no actor:
   * "Hệ thống"), e.g. a repayment schedule marked late the day after an instalment was missed.
   */
  bySystem?: boolean;
}

/** The records that have a status column moved only by a lifecycle (Prisma model names, used as audit entityType). */
export type StatefulModel =
  | 'Programme'
  | 'ConsolidatedPlan'
  | 'AnnualPlan'
  | 'PlanItem'
  | 'Project'
  | 'Amendment'
  | 'Acceptance'
  | 'Document'
  | 'PaymentRequest'
  | 'Settlement'
  | 'RepaymentSchedule'
  | 'PeriodicReport'
  | 'YearlySettlement'
  | 'Facility'
  | 'SupportRequest'
  | 'Inspection'
  | 'Collaborator'
  | 'ContestRound';

/** The colours of a status badge (components/ui/badge.tsx styles each one). */
export const STATUS_TONES = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

/** How a status is shown: its label in Vietnamese and the tone of its badge, declared together. */
export interface StatusLook {
  label: string;
  tone: StatusTone;
}

/** A status's look in a lifecycle table: `tone.warning('Trả lại để chỉnh sửa')`. */
export const tone = Object.fromEntries(STATUS_TONES.map((t) => [t, (label: string): StatusLook => ({ label, tone: t })])) as Record<
  StatusTone,
  (label: string) => StatusLook
>;

export interface Lifecycle<S extends string, E extends string, M extends StatefulModel = StatefulModel> {
  /** The table whose status column this lifecycle moves; also the audit row's entityType. */
  model: M;
  /** The record's name in Vietnamese, for messages. */
  entity: string;
  /** Each status with its label and badge tone: the one place a status's wording and colour are stated. */
  states: Record<S, StatusLook>;
  /** The labels alone, read from `states`, for messages, lists and filters. */
  statusLabels: Record<S, string>;
  events: Record<E, EventRule<S>>;
}

/** A Prisma enum object (`{ DRAFT: 'DRAFT', … }`): the statuses the database lets the column hold. */
type StatusEnum = Readonly<Record<string, string>>;

/** What a lifecycle file writes; `defineLifecycle` adds the model and the labels. */
interface LifecycleTable<S extends string, E extends string> {
  entity: string;
  states: Record<S, StatusLook>;
  events: Record<E, EventRule<S>>;
}

/**
 * Declares the lifecycle of one model's status column. The statuses come from the column's Prisma
 * enum, so `states` must name each of them (and nothing else) and every event may start from and
 * lead to those only; the events' names are read from the table (`EventOf`), never listed twice.
 */
export function defineLifecycle<T extends StatusEnum, E extends string, M extends StatefulModel>(
  model: M,
  _statuses: T,
  table: LifecycleTable<T[keyof T], E>,
): Lifecycle<T[keyof T], E, M> {
  const labels = Object.entries<StatusLook>(table.states).map(([status, look]) => [status, look.label]);
  return { model, ...table, statusLabels: Object.fromEntries(labels) as Record<T[keyof T], string> };
}

/** The events of a lifecycle: `EventOf<typeof PROJECT_LIFECYCLE>` is 'submit' | 'withdraw' | … */
export type EventOf<L> = L extends { events: Record<infer E extends string, unknown> } ? E : never;

/** An event rule as written inside `withPermission` or `decisionAt`, which supply the rest. */
type RuleWithout<S extends string, K extends keyof EventRule<S>> = Omit<EventRule<S>, K>;

function completeRules<S extends string, E extends string, K extends keyof EventRule<S>>(
  rules: Record<E, RuleWithout<S, K>>,
  common: Pick<EventRule<S>, K>,
): Record<E, EventRule<S>> {
  const entries = (Object.entries(rules) as [E, RuleWithout<S, K>][]).map(([event, rule]) => [event, { ...rule, ...common }]);
  return Object.fromEntries(entries) as Record<E, EventRule<S>>;
}

/**
 * The events of a lifecycle that holders of one permission run from start to end (a contest round,
 * a repayment schedule, an inspection): the permission is stated once, not on every event.
 */
export function withPermission<S extends string, E extends string>(permission: Permission, events: Record<E, RuleWithout<S, 'permission'>>): Record<E, EventRule<S>> {
  return completeRules(events, { permission });
}

/**
 * A decision taken on a record waiting in `from`, by holders of one permission: the reviewer accepts
 * it, or returns or refuses it (usually with a reason). Each outcome is an event of its own; spread
 * the result into the lifecycle's events where the decision comes in the process.
 */
export function decisionAt<S extends string, E extends string>(
  from: S | readonly S[],
  permission: Permission,
  outcomes: Record<E, RuleWithout<S, 'from' | 'permission'>>,
): Record<E, EventRule<S>> {
  return completeRules(outcomes, { from: typeof from === 'string' ? [from] : from, permission });
}

export class TransitionError extends Error {
  constructor(
    readonly code: 'FORBIDDEN' | 'ILLEGAL_TRANSITION' | 'REASON_REQUIRED',
    message: string,
  ) {
    super(message);
  }
}

/** Events the actor's role may fire from the record's current state (scope is checked by the caller). */
export function availableEvents<S extends string, E extends string>(lifecycle: Lifecycle<S, E>, actor: Actor, status: S): E[] {
  return (Object.keys(lifecycle.events) as E[]).filter((event) => {
    const rule = lifecycle.events[event];
    return rule.from.includes(status) && can(actor, rule.permission);
  });
}

/**
 * Whether the actor's role may fire the event from this state: the question a page asks before
 * offering a button, and the same rule `assertTransition` enforces in the use case.
 */
export function canFire<S extends string, E extends string>(lifecycle: Lifecycle<S, E>, event: E, actor: Actor, status: S): boolean {
  const rule = lifecycle.events[event];
  return Boolean(rule) && rule.from.includes(status) && can(actor, rule.permission);
}

/**
 * Throws a TransitionError with a Vietnamese message when the event may not happen. Returns the
 * target state. `actor` null is the portal itself (a scheduled job): only `bySystem` events.
 */
export function assertTransition<S extends string, E extends string>(
  lifecycle: Lifecycle<S, E>,
  event: E,
  actor: Actor | null,
  status: S,
  reason?: string | null,
): { to: S; rule: EventRule<S> } {
  const rule = lifecycle.events[event];
  if (!rule) throw new TransitionError('ILLEGAL_TRANSITION', 'Thao tác không hợp lệ.');
  if (actor === null ? !rule.bySystem : !can(actor, rule.permission)) {
    throw new TransitionError('FORBIDDEN', `Bạn không có quyền thực hiện thao tác "${rule.label}".`);
  }
  if (!rule.from.includes(status)) {
    throw new TransitionError(
      'ILLEGAL_TRANSITION',
      `Không thể "${rule.label}" khi ${lifecycle.entity} đang ở trạng thái "${lifecycle.statusLabels[status]}".`,
    );
  }
  if (rule.requiresReason && !reason?.trim()) {
    throw new TransitionError('REASON_REQUIRED', `Cần nhập lý do để "${rule.label}".`);
  }
  return { to: rule.to, rule };
}
