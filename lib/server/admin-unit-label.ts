import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';

/**
 * The columns of a xã that `adminUnitName` (lib/domain/labels.ts) shows, as the select of a
 * relation: `adminUnit: adminUnitLabel`. Every query that names a xã reads it through this.
 */
export const adminUnitLabel = { select: { type: true, name: true } } as const satisfies { select: Prisma.AdminUnitSelect };
