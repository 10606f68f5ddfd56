// The lifecycle tables as written by hand from the process (DOMAIN.md), NOT derived from the
// lifecycles: nothing here imports a lifecycle table. tables.test.ts walks every lifecycle status ×
// event × role against them, so widening a transition or a permission fails there.
//
// One event a line, read as a sentence: "from these states → to this state by these roles",
// "and the portal" when a scheduled job fires it too (no person), and "with reason" when the event
// needs a written reason. The roles are the short names below.
import type { Role } from '../roles';

export interface Expected {
  from: string[];
  to: string;
  roles: Role[];
  reason?: true;
  /** "and the portal": a scheduled job fires it too, with no person. */
  system?: true;
}

export interface ExpectedTable {
  statuses: string[];
  events: Record<string, Expected>;
}

const ROLES: Record<string, Role> = {
  SCT: 'SCT_LEADER',
  TTKC: 'TTKC_STAFF',
  STC: 'STC_OFFICER',
  KBNN: 'KBNN_OFFICER',
  XA: 'XA_OFFICER',
  BENEFICIARY: 'BENEFICIARY',
};

const SENTENCE = /^([A-Z_ ]+) → ([A-Z_]+) by ([A-Z ]+?)( and the portal)?( with reason)?$/;

function rule(sentence: string): Expected {
  const match = SENTENCE.exec(sentence);
  if (!match) throw new Error(`tables.expected.ts: cannot read "${sentence}"`);
  const [, from, to, roles, system, reason] = match;
  const expected: Expected = { from: from!.trim().split(' '), to: to!, roles: roles!.split(' ').map((r) => ROLES[r] ?? fail(r)) };
  if (reason) expected.reason = true;
  if (system) expected.system = true;
  return expected;
}

function fail(role: string): never {
  throw new Error(`tables.expected.ts: unknown role "${role}"`);
}

function table(statuses: string, events: Record<string, string>): ExpectedTable {
  return { statuses: statuses.split(' '), events: Object.fromEntries(Object.entries(events).map(([event, sentence]) => [event, rule(sentence)])) };
}

const ANY_REVIEW = 'PENDING ACCEPTED RETURNED REJECTED';

/** By the lifecycle's model (the Prisma model whose status column it moves). */
export const EXPECTED_TABLES: Record<string, ExpectedTable> = {
  Project: table('DRAFT SUBMITTED APPRAISED REJECTED APPROVED CONTRACTED IN_PROGRESS UNDER_ACCEPTANCE ACCEPTED LIQUIDATED SETTLED CLOSED STOPPED', {
    submit: 'DRAFT → SUBMITTED by TTKC',
    withdraw: 'SUBMITTED → DRAFT by TTKC',
    returnForRevision: 'SUBMITTED → DRAFT by SCT TTKC with reason',
    appraisePass: 'SUBMITTED → APPRAISED by SCT TTKC',
    appraiseFail: 'SUBMITTED → REJECTED by SCT TTKC with reason',
    approve: 'APPRAISED → APPROVED by SCT',
    reject: 'APPRAISED → REJECTED by SCT with reason',
    signContract: 'APPROVED → CONTRACTED by TTKC',
    start: 'CONTRACTED → IN_PROGRESS by TTKC',
    requestAcceptance: 'IN_PROGRESS → UNDER_ACCEPTANCE by TTKC',
    acceptancePassed: 'UNDER_ACCEPTANCE → ACCEPTED by SCT TTKC',
    acceptanceFailed: 'UNDER_ACCEPTANCE → IN_PROGRESS by SCT TTKC with reason',
    liquidate: 'ACCEPTED → LIQUIDATED by TTKC',
    settle: 'LIQUIDATED → SETTLED by SCT STC',
    close: 'SETTLED → CLOSED by SCT STC',
    stop: 'APPROVED CONTRACTED IN_PROGRESS UNDER_ACCEPTANCE → STOPPED by SCT with reason',
  }),
  Facility: table('PENDING VERIFIED REFUSED', {
    verify: 'PENDING → VERIFIED by TTKC XA',
    refuse: 'PENDING → REFUSED by TTKC XA with reason',
  }),
  SupportRequest: table('DRAFT SENT TAKEN REFUSED', {
    send: 'DRAFT → SENT by BENEFICIARY',
    take: 'SENT → TAKEN by SCT TTKC XA',
    refuse: 'SENT → REFUSED by SCT TTKC XA with reason',
  }),
  Programme: table('DRAFT APPROVED CLOSED', {
    approve: 'DRAFT → APPROVED by SCT',
    close: 'APPROVED → CLOSED by SCT with reason',
  }),
  ConsolidatedPlan: table('REGISTRATION_OPEN CONSOLIDATING BUDGET_APPRAISAL BUDGET_APPROVED DECIDED', {
    closeRegistration: 'REGISTRATION_OPEN → CONSOLIDATING by SCT',
    reopenRegistration: 'CONSOLIDATING → REGISTRATION_OPEN by SCT with reason',
    sendToFinance: 'CONSOLIDATING → BUDGET_APPRAISAL by SCT',
    returnFromFinance: 'BUDGET_APPRAISAL → CONSOLIDATING by STC with reason',
    approveBudget: 'BUDGET_APPRAISAL → BUDGET_APPROVED by STC',
    recordDecision: 'BUDGET_APPROVED → DECIDED by SCT',
  }),
  AnnualPlan: table('DRAFT SUBMITTED RETURNED REVIEWED', {
    submit: 'DRAFT RETURNED → SUBMITTED by SCT TTKC XA',
    return: 'SUBMITTED → RETURNED by SCT TTKC with reason',
    markReviewed: 'SUBMITTED → REVIEWED by SCT TTKC',
  }),
  PlanItem: table(ANY_REVIEW, {
    accept: `${ANY_REVIEW} → ACCEPTED by SCT TTKC`,
    return: `${ANY_REVIEW} → RETURNED by SCT TTKC with reason`,
    reject: `${ANY_REVIEW} → REJECTED by SCT TTKC with reason`,
    reopen: 'RETURNED → PENDING by SCT TTKC XA',
  }),
  Amendment: table('REQUESTED APPROVED REJECTED WITHDRAWN', {
    approve: 'REQUESTED → APPROVED by SCT',
    reject: 'REQUESTED → REJECTED by SCT with reason',
    withdraw: 'REQUESTED → WITHDRAWN by TTKC',
  }),
  Acceptance: table('SCHEDULED DOSSIER_SUBMITTED REPLACEMENT_REQUESTED DOSSIER_ACCEPTED PASSED FAILED', {
    submitDossier: 'SCHEDULED REPLACEMENT_REQUESTED → DOSSIER_SUBMITTED by BENEFICIARY',
    requestReplacement: 'DOSSIER_SUBMITTED → REPLACEMENT_REQUESTED by SCT TTKC',
    acceptDossier: 'DOSSIER_SUBMITTED → DOSSIER_ACCEPTED by SCT TTKC',
    pass: 'SCHEDULED DOSSIER_SUBMITTED DOSSIER_ACCEPTED → PASSED by SCT TTKC',
    fail: 'SCHEDULED DOSSIER_SUBMITTED REPLACEMENT_REQUESTED DOSSIER_ACCEPTED → FAILED by SCT TTKC with reason',
  }),
  Document: table('UPLOADED HANDED_IN ACCEPTED REPLACEMENT_REQUESTED WITHDRAWN SUPERSEDED', {
    handIn: 'UPLOADED → HANDED_IN by BENEFICIARY',
    accept: 'HANDED_IN → ACCEPTED by SCT TTKC',
    requestReplacement: 'HANDED_IN → REPLACEMENT_REQUESTED by SCT TTKC with reason',
    withdraw: 'UPLOADED REPLACEMENT_REQUESTED → WITHDRAWN by BENEFICIARY',
    supersede: 'UPLOADED REPLACEMENT_REQUESTED → SUPERSEDED by BENEFICIARY',
    remove: 'UPLOADED → WITHDRAWN by TTKC',
    detach: 'UPLOADED → WITHDRAWN by BENEFICIARY',
  }),
  PaymentRequest: table('DRAFT SENT_TO_TREASURY PAID REFUSED CANCELLED', {
    sendToTreasury: 'DRAFT REFUSED → SENT_TO_TREASURY by TTKC',
    pay: 'SENT_TO_TREASURY → PAID by KBNN',
    refuse: 'SENT_TO_TREASURY → REFUSED by KBNN with reason',
    cancel: 'DRAFT REFUSED → CANCELLED by TTKC with reason',
  }),
  Settlement: table('DRAFT SUBMITTED APPROVED', {
    submit: 'DRAFT → SUBMITTED by TTKC',
    return: 'SUBMITTED → DRAFT by SCT STC with reason',
    approve: 'SUBMITTED → APPROVED by SCT STC',
  }),
  YearlySettlement: table('DRAFT APPROVED', {
    approve: 'DRAFT → APPROVED by SCT STC',
  }),
  RepaymentSchedule: table('ON_TIME LATE LITIGATION REPAID', {
    markLate: 'ON_TIME → LATE by TTKC and the portal',
    catchUp: 'LATE → ON_TIME by TTKC',
    litigate: 'LATE → LITIGATION by TTKC with reason',
    markRepaid: 'ON_TIME LATE LITIGATION → REPAID by TTKC',
  }),
  PeriodicReport: table('DRAFT SUBMITTED RETURNED ACCEPTED', {
    submit: 'DRAFT RETURNED → SUBMITTED by SCT TTKC XA',
    withdraw: 'SUBMITTED → DRAFT by SCT TTKC XA',
    return: 'SUBMITTED → RETURNED by SCT TTKC with reason',
    accept: 'SUBMITTED → ACCEPTED by SCT TTKC',
  }),
  Inspection: table('PLANNED DONE FOLLOWED_UP CLOSED CANCELLED', {
    conduct: 'PLANNED → DONE by SCT TTKC',
    followUp: 'DONE → FOLLOWED_UP by SCT TTKC',
    close: 'DONE FOLLOWED_UP → CLOSED by SCT TTKC',
    cancel: 'PLANNED → CANCELLED by SCT TTKC with reason',
  }),
  Collaborator: table('PROPOSED APPROVED ENDED', {
    approve: 'PROPOSED → APPROVED by SCT',
    end: 'PROPOSED APPROVED → ENDED by SCT with reason',
  }),
  ContestRound: table('DRAFT OPEN SCORING PUBLISHED', {
    open: 'DRAFT → OPEN by SCT',
    startScoring: 'OPEN → SCORING by SCT',
    publish: 'SCORING → PUBLISHED by SCT',
  }),
};
