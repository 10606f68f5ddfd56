// The lifecycle tables as written by hand from the process (DOMAIN.md), NOT derived from the
// lifecycles: tables.test.ts walks every lifecycle status × event × role against them, so widening a
// transition or a permission fails there. (The đề án's own, larger walk is project.test.ts.)
import type { Role } from '../roles';
import type { Lifecycle } from './machine';
import { ACCEPTANCE_LIFECYCLE } from './acceptance';
import { FACILITY_VERIFICATION_LIFECYCLE, SUPPORT_REQUEST_LIFECYCLE } from './beneficiary';
import { CONTEST_ROUND_LIFECYCLE } from './contest';
import { DOCUMENT_REVIEW_LIFECYCLE } from './document';
import { PAYMENT_LIFECYCLE } from './payment';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, PLAN_ITEM_REVIEW_LIFECYCLE } from './plan';
import { PROGRAMME_LIFECYCLE } from './programme';
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE } from './project';
import { REPAYMENT_LIFECYCLE } from './repayment';
import { REPORT_LIFECYCLE } from './report';
import { SETTLEMENT_LIFECYCLE, YEARLY_SETTLEMENT_LIFECYCLE } from './settlement';
import { INSPECTION_LIFECYCLE } from './inspection';
import { COLLABORATOR_LIFECYCLE } from './collaborator';

export interface Expected {
  from: string[];
  to: string;
  roles: Role[];
  reason?: true;
}

export interface Case {
  lifecycle: Lifecycle<string, string>;
  statuses: string[];
  events: Record<string, Expected>;
}

const SCT: Role = 'SCT_LEADER';
const TTKC: Role = 'TTKC_STAFF';
const STC: Role = 'STC_OFFICER';
const KBNN: Role = 'KBNN_OFFICER';
const XA: Role = 'XA_OFFICER';
const BENEFICIARY: Role = 'BENEFICIARY';

export const CASES: Case[] = [
  {
    lifecycle: FACILITY_VERIFICATION_LIFECYCLE,
    statuses: ['PENDING', 'VERIFIED', 'REFUSED'],
    events: {
      verify: { from: ['PENDING'], to: 'VERIFIED', roles: [TTKC, XA] },
      refuse: { from: ['PENDING'], to: 'REFUSED', roles: [TTKC, XA], reason: true },
    },
  },
  {
    lifecycle: SUPPORT_REQUEST_LIFECYCLE,
    statuses: ['DRAFT', 'SENT', 'TAKEN', 'REFUSED'],
    events: {
      send: { from: ['DRAFT'], to: 'SENT', roles: [BENEFICIARY] },
      take: { from: ['SENT'], to: 'TAKEN', roles: [SCT, TTKC, XA] },
      refuse: { from: ['SENT'], to: 'REFUSED', roles: [SCT, TTKC, XA], reason: true },
    },
  },
  {
    lifecycle: PROGRAMME_LIFECYCLE,
    statuses: ['DRAFT', 'APPROVED', 'CLOSED'],
    events: {
      approve: { from: ['DRAFT'], to: 'APPROVED', roles: [SCT] },
      close: { from: ['APPROVED'], to: 'CLOSED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: CONSOLIDATED_PLAN_LIFECYCLE,
    statuses: ['REGISTRATION_OPEN', 'CONSOLIDATING', 'BUDGET_APPRAISAL', 'BUDGET_APPROVED', 'DECIDED'],
    events: {
      closeRegistration: { from: ['REGISTRATION_OPEN'], to: 'CONSOLIDATING', roles: [SCT] },
      reopenRegistration: { from: ['CONSOLIDATING'], to: 'REGISTRATION_OPEN', roles: [SCT], reason: true },
      sendToFinance: { from: ['CONSOLIDATING'], to: 'BUDGET_APPRAISAL', roles: [SCT] },
      returnFromFinance: { from: ['BUDGET_APPRAISAL'], to: 'CONSOLIDATING', roles: [STC], reason: true },
      approveBudget: { from: ['BUDGET_APPRAISAL'], to: 'BUDGET_APPROVED', roles: [STC] },
      recordDecision: { from: ['BUDGET_APPROVED'], to: 'DECIDED', roles: [SCT] },
    },
  },
  {
    lifecycle: ANNUAL_PLAN_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED'],
    events: {
      submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: [SCT, TTKC, XA] },
      return: { from: ['SUBMITTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      markReviewed: { from: ['SUBMITTED'], to: 'REVIEWED', roles: [SCT, TTKC] },
    },
  },
  {
    lifecycle: PLAN_ITEM_REVIEW_LIFECYCLE,
    statuses: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'],
    events: {
      accept: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'ACCEPTED', roles: [SCT, TTKC] },
      return: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      reject: { from: ['PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED'], to: 'REJECTED', roles: [SCT, TTKC], reason: true },
      reopen: { from: ['RETURNED'], to: 'PENDING', roles: [SCT, TTKC, XA] },
    },
  },
  {
    lifecycle: AMENDMENT_LIFECYCLE,
    statuses: ['REQUESTED', 'APPROVED', 'REJECTED'],
    events: {
      approve: { from: ['REQUESTED'], to: 'APPROVED', roles: [SCT] },
      reject: { from: ['REQUESTED'], to: 'REJECTED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: ACCEPTANCE_LIFECYCLE,
    statuses: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED', 'PASSED', 'FAILED'],
    events: {
      submitDossier: { from: ['SCHEDULED', 'REPLACEMENT_REQUESTED'], to: 'DOSSIER_SUBMITTED', roles: [BENEFICIARY] },
      requestReplacement: { from: ['DOSSIER_SUBMITTED'], to: 'REPLACEMENT_REQUESTED', roles: [SCT, TTKC] },
      acceptDossier: { from: ['DOSSIER_SUBMITTED'], to: 'DOSSIER_ACCEPTED', roles: [SCT, TTKC] },
      pass: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'DOSSIER_ACCEPTED'], to: 'PASSED', roles: [SCT, TTKC] },
      fail: { from: ['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED'], to: 'FAILED', roles: [SCT, TTKC], reason: true },
    },
  },
  {
    lifecycle: DOCUMENT_REVIEW_LIFECYCLE,
    statuses: ['UPLOADED', 'HANDED_IN', 'ACCEPTED', 'REPLACEMENT_REQUESTED', 'WITHDRAWN', 'SUPERSEDED'],
    events: {
      handIn: { from: ['UPLOADED'], to: 'HANDED_IN', roles: [BENEFICIARY] },
      accept: { from: ['HANDED_IN'], to: 'ACCEPTED', roles: [SCT, TTKC] },
      requestReplacement: { from: ['HANDED_IN'], to: 'REPLACEMENT_REQUESTED', roles: [SCT, TTKC], reason: true },
      withdraw: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'WITHDRAWN', roles: [BENEFICIARY] },
      supersede: { from: ['UPLOADED', 'REPLACEMENT_REQUESTED'], to: 'SUPERSEDED', roles: [BENEFICIARY] },
      remove: { from: ['UPLOADED'], to: 'WITHDRAWN', roles: [TTKC] },
      detach: { from: ['UPLOADED'], to: 'WITHDRAWN', roles: [BENEFICIARY] },
    },
  },
  {
    lifecycle: PAYMENT_LIFECYCLE,
    statuses: ['DRAFT', 'SENT_TO_TREASURY', 'PAID', 'REFUSED', 'CANCELLED'],
    events: {
      sendToTreasury: { from: ['DRAFT', 'REFUSED'], to: 'SENT_TO_TREASURY', roles: [TTKC] },
      pay: { from: ['SENT_TO_TREASURY'], to: 'PAID', roles: [KBNN] },
      refuse: { from: ['SENT_TO_TREASURY'], to: 'REFUSED', roles: [KBNN], reason: true },
      cancel: { from: ['DRAFT', 'REFUSED'], to: 'CANCELLED', roles: [TTKC], reason: true },
    },
  },
  {
    lifecycle: SETTLEMENT_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'APPROVED'],
    events: {
      submit: { from: ['DRAFT'], to: 'SUBMITTED', roles: [TTKC] },
      return: { from: ['SUBMITTED'], to: 'DRAFT', roles: [SCT, STC], reason: true },
      approve: { from: ['SUBMITTED'], to: 'APPROVED', roles: [SCT, STC] },
    },
  },
  {
    lifecycle: YEARLY_SETTLEMENT_LIFECYCLE,
    statuses: ['DRAFT', 'APPROVED'],
    events: {
      approve: { from: ['DRAFT'], to: 'APPROVED', roles: [SCT, STC] },
    },
  },
  {
    lifecycle: REPAYMENT_LIFECYCLE,
    statuses: ['ON_TIME', 'LATE', 'LITIGATION', 'REPAID'],
    events: {
      markLate: { from: ['ON_TIME'], to: 'LATE', roles: [TTKC] },
      catchUp: { from: ['LATE'], to: 'ON_TIME', roles: [TTKC] },
      litigate: { from: ['LATE'], to: 'LITIGATION', roles: [TTKC], reason: true },
      markRepaid: { from: ['ON_TIME', 'LATE', 'LITIGATION'], to: 'REPAID', roles: [TTKC] },
    },
  },
  {
    lifecycle: REPORT_LIFECYCLE,
    statuses: ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'],
    events: {
      submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: [SCT, TTKC, XA] },
      return: { from: ['SUBMITTED'], to: 'RETURNED', roles: [SCT, TTKC], reason: true },
      accept: { from: ['SUBMITTED'], to: 'ACCEPTED', roles: [SCT, TTKC] },
    },
  },
  {
    lifecycle: INSPECTION_LIFECYCLE,
    statuses: ['PLANNED', 'DONE', 'FOLLOWED_UP', 'CLOSED', 'CANCELLED'],
    events: {
      conduct: { from: ['PLANNED'], to: 'DONE', roles: [SCT, TTKC] },
      followUp: { from: ['DONE'], to: 'FOLLOWED_UP', roles: [SCT, TTKC] },
      close: { from: ['DONE', 'FOLLOWED_UP'], to: 'CLOSED', roles: [SCT, TTKC] },
      cancel: { from: ['PLANNED'], to: 'CANCELLED', roles: [SCT, TTKC], reason: true },
    },
  },
  {
    lifecycle: COLLABORATOR_LIFECYCLE,
    statuses: ['PROPOSED', 'APPROVED', 'ENDED'],
    events: {
      approve: { from: ['PROPOSED'], to: 'APPROVED', roles: [SCT] },
      end: { from: ['PROPOSED', 'APPROVED'], to: 'ENDED', roles: [SCT], reason: true },
    },
  },
  {
    lifecycle: CONTEST_ROUND_LIFECYCLE,
    statuses: ['DRAFT', 'OPEN', 'SCORING', 'PUBLISHED'],
    events: {
      open: { from: ['DRAFT'], to: 'OPEN', roles: [SCT] },
      startScoring: { from: ['OPEN'], to: 'SCORING', roles: [SCT] },
      publish: { from: ['SCORING'], to: 'PUBLISHED', roles: [SCT] },
    },
  },
];
