// Pure planning helpers of the đề án builder: cost lines and totals, norm checks, lifecycle replay,
// contract numbering. No database access.
import type { ProjectEvent, ProjectStatus } from '../../lib/domain/lifecycle/project';
import { PROJECT_LIFECYCLE } from '../../lib/domain/lifecycle/project';
import { multiplyQuantity, shareOfVnd, sumVnd } from '../../lib/domain/money';
import { NORM_FIGURES, PARAMETERS } from './norms';
import type { ProjectSpec } from './project-spec';

export const STAFF = {
  HP: { sct: 'sct.lanhdao', ttkc: 'ttkc.canbo', treasury: 'khobac.canbo', ttkcOrg: 'HP:TTKC', treasuryOrg: 'HP:KBNN' },
  LD: { sct: 'ld.sct', ttkc: 'ld.ttkc', treasury: 'ld.khobac', ttkcOrg: 'LD:TTKC', treasuryOrg: 'LD:KBNN' },
} as const;

/** Who plausibly fired each event: the Sở decides, the Trung tâm does the work. */
export const SCT_EVENTS = new Set<ProjectEvent>(['appraisePass', 'appraiseFail', 'approve', 'reject', 'acceptancePassed', 'acceptanceFailed', 'settle', 'close', 'stop']);

export const FILING_THRESHOLD = BigInt(PARAMETERS.find((p) => p.key === 'TREASURY_CONTRACT_FILING_THRESHOLD_VND')!.value);

export interface Line {
  sortOrder: number;
  item: string;
  unit: string;
  quantity: string;
  unitPriceVnd: bigint;
  amountVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherVnd: bigint;
  facilityKey: string | null;
}

export function buildLines(spec: ProjectSpec): Line[] {
  const only = spec.beneficiaries.length === 1 ? spec.beneficiaries[0]!.facility : null;
  return spec.lines.map((l, i) => {
    const amountVnd = multiplyQuantity(l.qty, l.price);
    const otherVnd = l.other ?? 0n;
    const counterpartVnd = amountVnd - l.state - otherVnd;
    if (counterpartVnd < 0n) throw new Error(`seed ${spec.code}: line "${l.item}" splits more than its amount`);
    const facilityKey = l.facility === undefined ? only : l.facility;
    if (facilityKey && !spec.beneficiaries.some((b) => b.facility === facilityKey)) {
      throw new Error(`seed ${spec.code}: line "${l.item}" names a facility that is not a beneficiary`);
    }
    return { sortOrder: i + 1, item: l.item, unit: l.unit, quantity: l.qty, unitPriceVnd: l.price, amountVnd, stateSupportVnd: l.state, counterpartVnd, otherVnd, facilityKey };
  });
}

export function totalsOf(lines: Line[]) {
  return {
    totalCostVnd: sumVnd(lines.map((l) => l.amountVnd)),
    stateSupportVnd: sumVnd(lines.map((l) => l.stateSupportVnd)),
    counterpartVnd: sumVnd(lines.map((l) => l.counterpartVnd)),
    otherFundingVnd: sumVnd(lines.map((l) => l.otherVnd)),
  };
}

/** Hải Phòng đề án must respect the seeded caps (share of cost and ceiling, per facility or per project). */
export function assertWithinNorms(spec: ProjectSpec, lines: Line[]): void {
  if (spec.province !== 'HP' || spec.normExceptionNote) return;
  const figure = NORM_FIGURES.find((f) => f.category === spec.category);
  if (!figure) return;
  const groups =
    figure.ceilingScope === 'PER_FACILITY'
      ? spec.beneficiaries.map((b) => lines.filter((l) => l.facilityKey === b.facility))
      : [lines];
  for (const group of groups) {
    const { totalCostVnd, stateSupportVnd } = totalsOf(group);
    const ceiling = figure.ceilingVnd === null ? null : spec.priorityArea && figure.priorityMultiplierBp ? shareOfVnd(figure.ceilingVnd, figure.priorityMultiplierBp) : figure.ceilingVnd;
    if (ceiling !== null && stateSupportVnd > ceiling) throw new Error(`seed ${spec.code}: support above the ceiling`);
    if (figure.maxShareBp !== null && stateSupportVnd > shareOfVnd(totalCostVnd, figure.maxShareBp)) throw new Error(`seed ${spec.code}: support above the share cap`);
  }
}

export function replaySteps(spec: ProjectSpec): { event: ProjectEvent; date: string; reason: string | null; from: ProjectStatus; to: ProjectStatus }[] {
  let status: ProjectStatus = 'DRAFT';
  let previous = spec.created;
  const out = spec.steps.map(([event, date, reason]) => {
    const rule = PROJECT_LIFECYCLE.events[event];
    if (!rule.from.includes(status)) throw new Error(`seed ${spec.code}: "${event}" is not allowed from ${status}`);
    if (rule.requiresReason && !reason) throw new Error(`seed ${spec.code}: "${event}" needs a reason`);
    if (date < previous) throw new Error(`seed ${spec.code}: steps out of order at "${event}"`);
    previous = date;
    const step = { event, date, reason: reason ?? null, from: status, to: rule.to };
    status = rule.to;
    return step;
  });
  if (status !== spec.status) throw new Error(`seed ${spec.code}: steps end in ${status}, spec says ${spec.status}`);
  return out;
}

/** Contract numbers run per province and year in order of signing: "03/2026/HĐ-KC". */
export function numberContracts(items: { spec: ProjectSpec; parties: string[]; signedOn: string | undefined }[]): Map<string, string> {
  const signed = items
    .filter((i): i is { spec: ProjectSpec; parties: string[]; signedOn: string } => i.signedOn !== undefined)
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.spec.code.localeCompare(b.spec.code));
  const counters = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const { spec, parties, signedOn } of signed) {
    const year = signedOn.slice(0, 4);
    for (const facilityKey of parties) {
      const n = (counters.get(`${spec.province}:${year}`) ?? 0) + 1;
      counters.set(`${spec.province}:${year}`, n);
      numbers.set(`${spec.province}:${spec.code}:${facilityKey}`, `${String(n).padStart(2, '0')}/${year}/HĐ-KC`);
    }
  }
  return numbers;
}

/** One contract per facility that receives support (each facility of a group đề án signs its own). */
export function contractParties(spec: ProjectSpec, lines: Line[]): string[] {
  const parties = spec.beneficiaries.map((b) => b.facility).filter((key) => lines.some((l) => l.facilityKey === key));
  return parties.length ? parties : spec.beneficiaries.slice(0, 1).map((b) => b.facility);
}

export function clock(i: number): string {
  return `${String(8 + (i % 9)).padStart(2, '0')}:${i % 2 === 0 ? '15' : '40'}`;
}

export function decisionKey(provinceId: number, number: string, issuedOn: string): string {
  return `${provinceId}|${number}|${issuedOn}`;
}
