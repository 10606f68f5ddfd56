import 'server-only';
import { findDuplicateSupport, type DuplicateWarning } from '@/lib/domain/duplicate-support';
import { PROJECT_UNFUNDED_STATES, type ProjectStatus } from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import { findHistoricalDuplicates } from '@/lib/domain/reports-duplicates';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';

async function isOwnTaxCodeOnly(actor: Actor, taxCodes: string[]): Promise<boolean> {
  if (!can(actor, 'support-request:apply') || !actor.facilityId) return false;
  const own = await db.facility.findUnique({ where: { id: actor.facilityId }, select: { taxCode: true } });
  return !!own && taxCodes.every((code) => code === own.taxCode.trim());
}

export interface DuplicateCheckOptions {
  /** The check under a facility's own support request (lib/server/support-requests): its own MST only. */
  ownSupportRequest?: boolean;
}

interface Subject {
  id: number;
  provinceId: number;
  code: string;
  name: string;
  year: number;
  status: ProjectStatus;
  contentCategoryId: number;
  contentCategory: { code: string };
  beneficiaries: { equipment: string | null; facility: { name: string; taxCode: string } }[];
}

/**
 * Support the same facilities (by MST, across every facility row of the province with that tax code)
 * received for the same content or equipment, in this or earlier years, in any đề án of the province
 * that was not rejected or stopped — and in the imported per-đề án history. It reads beyond the actor's own scope, so only those who draft
 * or appraise đề án (province-wide roles) get it; others get null.
 */
export async function findDuplicateSupportWarnings(actor: Actor, project: Subject, options: DuplicateCheckOptions = {}): Promise<DuplicateWarning[] | null> {
  if (actor.provinceId !== project.provinceId) return null;
  const taxCodes = [...new Set(project.beneficiaries.map((b) => b.facility.taxCode.trim()))];
  // A facility drafting its own support request sees its own earlier support (its MST only).
  const ownRequest = options.ownSupportRequest === true && (await isOwnTaxCodeOnly(actor, taxCodes));
  if (!can(actor, 'project:edit') && !can(actor, 'project:appraise') && !ownRequest) return null;
  if (taxCodes.length === 0) return [];
  const [others, history] = await Promise.all([
    db.project.findMany({
      where: {
        provinceId: project.provinceId,
        id: { not: project.id },
        year: { lte: project.year },
        status: { notIn: [...PROJECT_UNFUNDED_STATES] },
        beneficiaries: { some: { facility: { provinceId: project.provinceId, taxCode: { in: taxCodes } } } },
      },
      select: {
        id: true,
        code: true,
        name: true,
        year: true,
        status: true,
        contentCategoryId: true,
        contentCategory: { select: { code: true } },
        beneficiaries: { select: { equipment: true, facility: { select: { name: true, taxCode: true } } } },
      },
    }),
    // Of the đề án's own content only, so their content code is the đề án's.
    db.historicalProject.findMany({
      where: { provinceId: project.provinceId, facilityTaxCode: { in: taxCodes }, year: { lte: project.year }, contentCategoryId: project.contentCategoryId },
      select: { id: true, name: true, year: true, state: true, contentCategoryId: true, facilityTaxCode: true, decisionNumbers: true },
    }),
  ]);
  const toRecord = (p: Subject | (typeof others)[number]) => ({
    projectId: p.id,
    code: p.code,
    name: p.name,
    year: p.year,
    status: p.status,
    contentCategoryId: p.contentCategoryId,
    contentCode: p.contentCategory.code,
    beneficiaries: p.beneficiaries.map((b) => ({ taxCode: b.facility.taxCode, facilityName: b.facility.name, equipment: b.equipment })),
  });
  const historical = history.map((h) => ({ ...h, facilityTaxCode: h.facilityTaxCode ?? '', contentCode: project.contentCategory.code }));
  return [...findDuplicateSupport(toRecord(project), others.map(toRecord)), ...findHistoricalDuplicates(toRecord(project), historical)];
}
