// Types shared by the seed modules. The seed receives its client from the caller (script or test
// harness), so nothing here opens a connection.
import type { PrismaClient } from '../generated/client/client';

/** The client handed to `prisma.$transaction(async (tx) => …)`. */
export type SeedTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
