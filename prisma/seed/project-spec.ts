// The compact description of a demo đề án (projects-hp.ts, lam-dong.ts) that the builder
// (projects.ts) turns into rows. Amounts on lines only: totals are always computed.
import type {
  AcceptanceStatus,
  AmendmentKind,
  AmendmentScale,
  PaymentKind,
  PaymentStatus,
  ProgrammeLevel,
  ProjectStatus,
  RepaymentStatus,
  RulesRegime,
  SettlementStatus,
} from '../generated/client/enums';
import type { ProjectEvent } from '../../lib/domain/lifecycle/project';
import type { SeededFacility } from './facilities';
import type { AppraisalCriterion } from '../../lib/domain/project-appraisal';

export interface DecisionSpec {
  number: string;
  issuer: string;
  signer: string;
  signerTitle: string;
  legalBasis?: string;
  summary?: string;
}

export interface LineSpec {
  item: string;
  unit: string;
  /** Decimal string with at most 2 decimals ("1", "35.5"). */
  qty: string;
  price: bigint;
  /** State support on this line; the counterpart is what is left after `other`. */
  state: bigint;
  other?: bigint;
  /** Facility key; defaults to the only beneficiary. */
  facility?: string | null;
}

export interface PaymentSpec {
  kind: PaymentKind;
  /** ADVANCE_SHARE: the category's advance share of the approved support; REMAINDER: approved minus advances. */
  amount: 'ADVANCE_SHARE' | 'REMAINDER';
  status: Extract<PaymentStatus, 'DRAFT' | 'SENT_TO_TREASURY' | 'PAID' | 'REFUSED'>;
  created: string;
  sent?: string;
  /** Date the treasury paid or refused. */
  decided?: string;
  refuseReason?: string;
  payee?: 'FACILITY' | 'IMPLEMENTER';
}

export interface ProjectSpec {
  province: 'HP' | 'LD';
  code: string;
  name: string;
  year: number;
  fundingLevel: ProgrammeLevel;
  category: string;
  /** Appendix row "I.2" of the Hải Phòng programme. */
  target?: string;
  targetQuantity?: number;
  xa: string | null;
  place: string;
  status: ProjectStatus;
  regime: RulesRegime;
  isGroup?: boolean;
  isRecoverable?: boolean;
  /** Địa bàn ưu tiên: the norm's priority multiplier applies. */
  priorityArea?: boolean;
  description: string;
  expectedOutputs: string;
  startDate?: string;
  endDate?: string;
  beneficiaries: { facility: string; equipment?: string }[];
  lines: LineSpec[];
  created: string;
  /** Lifecycle events in order: [event, date, reason?]. */
  steps: [ProjectEvent, string, string?][];
  approvedSupportVnd?: bigint;
  approval?: DecisionSpec;
  appraisalOpinion?: string;
  /** Criteria marked not met when the appraisal fails. */
  appraisalFailed?: AppraisalCriterion[];
  contractFiledWithTreasury?: boolean;
  /** For a đề án under acceptance: the acceptance not yet held. */
  pendingAcceptance?: { status: Extract<AcceptanceStatus, 'SCHEDULED' | 'DOSSIER_SUBMITTED'>; scheduledOn: string };
  deliveredQuantity?: number;
  progressPercent?: number;
  normExceptionNote?: string;
  payments?: PaymentSpec[];
  settlement?: { status: SettlementStatus; created: string; disallowedVnd?: bigint; note?: string; decision?: DecisionSpec & { issuedOn: string } };
  amendment?: { kinds: AmendmentKind[]; scale: AmendmentScale; reason: string; before: Record<string, string>; after: Record<string, string>; requested: string };
  repayment?: { status: RepaymentStatus; installments: [string, bigint][]; repayments: [string, bigint][]; note?: string };
}

export interface ProjectContext {
  provinces: Record<'HP' | 'LD', number>;
  orgs: ReadonlyMap<string, number>;
  units: Record<'HP' | 'LD', ReadonlyMap<string, number>>;
  facilities: ReadonlyMap<string, SeededFacility>;
  users: ReadonlyMap<string, number>;
  categories: ReadonlyMap<string, number>;
  /** Hải Phòng programme rows, "I.2" → id. */
  targets: ReadonlyMap<string, number>;
}
