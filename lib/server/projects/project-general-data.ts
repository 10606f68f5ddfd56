import 'server-only';
import type { ProjectGeneralInput } from '@/lib/schemas/project';

/** The đề án's general-information columns as the form gives them, shared by create and update. */
export function projectGeneralData(input: ProjectGeneralInput) {
  return {
    name: input.name,
    year: input.year,
    fundingLevel: input.fundingLevel,
    contentCategoryId: input.contentCategoryId,
    programmeTargetId: input.programmeTargetId,
    targetQuantity: input.targetQuantity,
    adminUnitId: input.adminUnitId,
    place: input.place ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    description: input.description ?? null,
    expectedOutputs: input.expectedOutputs ?? null,
    isGroup: input.isGroup,
    isPilot: input.isPilot,
    priorityArea: input.priorityArea,
  };
}
