// One đề án version as an amendment stores it (before / after): built here, from the record, by the
// use cases and by the demo seed alike, so every stored version has the same whole shape.
import type { AdminUnitType } from '@/prisma/generated/client/enums';
import { adminUnitName } from './labels';
import type { ProjectSnapshot, SnapshotCostLine } from './project-amendment';

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

interface LineRecord {
  item: string;
  unit: string;
  quantity: { toString(): string };
  unitPriceVnd: bigint;
  amountVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherVnd: bigint;
  facilityId: number | null;
}

export interface ProjectRecordForSnapshot {
  name: string;
  place: string | null;
  adminUnitId: number | null;
  adminUnit: { type: AdminUnitType; name: string } | null;
  startDate: Date | null;
  endDate: Date | null;
  description: string | null;
  expectedOutputs: string | null;
  targetQuantity: number | null;
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
  approvedSupportVnd: bigint | null;
  beneficiaries: { facilityId: number; equipment: string | null; facility: { name: string } }[];
  costLines: LineRecord[];
}

export function snapshotLine(l: LineRecord): SnapshotCostLine {
  return {
    item: l.item,
    unit: l.unit,
    // Decimal(14,2) prints "2" or "1.5"; keep it as typed so equal quantities compare equal.
    quantity: String(Number(l.quantity.toString())),
    unitPriceVnd: l.unitPriceVnd.toString(),
    amountVnd: l.amountVnd.toString(),
    stateSupportVnd: l.stateSupportVnd.toString(),
    counterpartVnd: l.counterpartVnd.toString(),
    otherVnd: l.otherVnd.toString(),
    facilityId: l.facilityId,
  };
}

/** The đề án as it stands: what an amendment keeps as `before`. */
export function snapshotOf(project: ProjectRecordForSnapshot): ProjectSnapshot {
  return {
    name: project.name,
    place: project.place,
    adminUnitId: project.adminUnitId,
    adminUnitName: project.adminUnit ? adminUnitName(project.adminUnit) : null,
    startDate: isoDay(project.startDate),
    endDate: isoDay(project.endDate),
    description: project.description,
    expectedOutputs: project.expectedOutputs,
    targetQuantity: project.targetQuantity,
    totalCostVnd: project.totalCostVnd.toString(),
    stateSupportVnd: project.stateSupportVnd.toString(),
    counterpartVnd: project.counterpartVnd.toString(),
    otherFundingVnd: project.otherFundingVnd.toString(),
    approvedSupportVnd: project.approvedSupportVnd?.toString() ?? null,
    beneficiaries: project.beneficiaries.map((b) => ({ facilityId: b.facilityId, name: b.facility.name, equipment: b.equipment })),
    costLines: project.costLines.map(snapshotLine),
  };
}
