// The shape of a stored đề án version (Amendment.before / after). JSON columns are typed `unknown`
// by Prisma: whatever reads or applies a snapshot parses it here first, so a malformed row is refused
// with a clear message instead of failing deep inside date or money formatting.
import { z } from 'zod';
import type { ProjectSnapshot } from '@/lib/domain/project-amendment';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd');
const wholeVnd = z.string().regex(/^-?\d+$/, 'Số tiền phải là số nguyên đồng');

export const projectSnapshotSchema = z.object({
  name: z.string(),
  place: z.string().nullable(),
  adminUnitId: z.number().int().nullable(),
  adminUnitName: z.string().nullable(),
  startDate: isoDay.nullable(),
  endDate: isoDay.nullable(),
  description: z.string().nullable(),
  expectedOutputs: z.string().nullable(),
  targetQuantity: z.number().int().nullable(),
  totalCostVnd: wholeVnd,
  stateSupportVnd: wholeVnd,
  counterpartVnd: wholeVnd,
  otherFundingVnd: wholeVnd,
  approvedSupportVnd: wholeVnd.nullable(),
  beneficiaries: z.array(z.object({ facilityId: z.number().int(), name: z.string(), equipment: z.string().nullable() })),
  costLines: z.array(
    z.object({
      item: z.string(),
      unit: z.string(),
      quantity: z.string(),
      unitPriceVnd: wholeVnd,
      amountVnd: wholeVnd,
      stateSupportVnd: wholeVnd,
      counterpartVnd: wholeVnd,
      otherVnd: wholeVnd,
      facilityId: z.number().int().nullable(),
    }),
  ),
}) satisfies z.ZodType<ProjectSnapshot>;

/** A stored snapshot, or null when the row does not hold a whole version of the đề án. */
export function readProjectSnapshot(value: unknown): ProjectSnapshot | null {
  const parsed = projectSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
