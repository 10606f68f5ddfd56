import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';
import { getProjectOrThrow } from '../projects/get-project';
import { isoDay, statusLabel, vnd } from './find-open-projects';

/** GET /api/mo/de-an/{id}: the đề án page's own loader (scope included: out of scope is 404). */
export async function getOpenProject(actor: Actor, id: number) {
  const p = await getProjectOrThrow(actor, id);
  const province = await db.province.findUniqueOrThrow({ where: { id: p.provinceId }, select: { code: true, name: true } });
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    year: p.year,
    province,
    status: p.status,
    statusLabel: statusLabel(p.status),
    fundingLevel: p.fundingLevel,
    content: { code: p.contentCategory.code, name: p.contentCategory.name },
    adminUnit: p.adminUnit,
    implementingOrg: p.implementingOrg.name,
    totalCostVnd: vnd(p.totalCostVnd),
    stateSupportVnd: vnd(p.stateSupportVnd),
    counterpartVnd: vnd(p.counterpartVnd),
    otherFundingVnd: vnd(p.otherFundingVnd),
    approvedSupportVnd: p.approvedSupportVnd === null ? null : vnd(p.approvedSupportVnd),
    progressPercent: p.progressPercent,
    startDate: isoDay(p.startDate),
    endDate: isoDay(p.endDate),
    isRecoverable: p.isRecoverable,
    isGroup: p.isGroup,
    isPilot: p.isPilot,
    place: p.place,
    description: p.description,
    expectedOutputs: p.expectedOutputs,
    programmeTarget: p.programmeTarget
      ? { group: p.programmeTarget.group.code, itemNo: p.programmeTarget.itemNo, name: p.programmeTarget.name, unit: p.programmeTarget.unit, quantity: p.targetQuantity }
      : null,
    approvalDecision: p.approvalDecision ? { number: p.approvalDecision.number, issuedOn: isoDay(p.approvalDecision.issuedOn) } : null,
    beneficiaries: p.beneficiaries.map((b) => ({ id: b.facility.id, name: b.facility.name, taxCode: b.facility.taxCode })),
    costLines: p.costLines.map((c) => ({
      item: c.item,
      unit: c.unit,
      quantity: c.quantity.toString(),
      unitPriceVnd: vnd(c.unitPriceVnd),
      amountVnd: vnd(c.amountVnd),
      stateSupportVnd: vnd(c.stateSupportVnd),
      counterpartVnd: vnd(c.counterpartVnd),
      otherVnd: vnd(c.otherVnd),
    })),
  };
}
