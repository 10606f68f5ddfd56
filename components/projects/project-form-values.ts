import { formatDate } from '@/lib/domain/format';
import type { GeneralFormValues } from './project-general-form';

/** A đề án as the general form shows it (strings as typed, dates dd/mm/yyyy). */
export function generalFormValues(p: {
  id: number;
  name: string;
  year: number;
  fundingLevel: string;
  contentCategoryId: number;
  programmeTargetId: number | null;
  targetQuantity: number | null;
  adminUnitId: number | null;
  place: string | null;
  startDate: Date | null;
  endDate: Date | null;
  description: string | null;
  expectedOutputs: string | null;
  isGroup: boolean;
  isPilot: boolean;
  priorityArea: boolean;
}): GeneralFormValues {
  return {
    projectId: p.id,
    name: p.name,
    year: String(p.year),
    fundingLevel: p.fundingLevel,
    contentCategoryId: String(p.contentCategoryId),
    programmeTargetId: p.programmeTargetId ? String(p.programmeTargetId) : '',
    targetQuantity: p.targetQuantity === null ? '' : String(p.targetQuantity),
    adminUnitId: p.adminUnitId ? String(p.adminUnitId) : '',
    place: p.place ?? '',
    startDate: formatDate(p.startDate),
    endDate: formatDate(p.endDate),
    description: p.description ?? '',
    expectedOutputs: p.expectedOutputs ?? '',
    isGroup: p.isGroup,
    isPilot: p.isPilot,
    priorityArea: p.priorityArea,
  };
}
