import type { z } from 'zod';
import type { contestRoundCreateSchema } from '@/lib/schemas/contest';

export type ContestRoundCreateSchemaInput = z.input<typeof contestRoundCreateSchema>;
