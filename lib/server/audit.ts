import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from './db';

export interface AuditEntry {
  entityType: string;
  entityId: number;
  event: string;
  provinceId: number | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Appends one audit row in the caller's transaction. The table refuses UPDATE and DELETE (trigger). */
export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      provinceId: entry.provinceId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      event: entry.event,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      reason: entry.reason?.trim() || null,
      data: entry.data,
    },
  });
}

/**
 * Who an audit row is about, named once from the record itself (its id and its province):
 * `recordAudit(tx, actor, { ...auditSubject('Project', project), event: 'delete' })`.
 */
export function auditSubject(entityType: string, record: { id: number; provinceId: number | null }): Pick<AuditEntry, 'entityType' | 'entityId' | 'provinceId'> {
  return { entityType, entityId: record.id, provinceId: record.provinceId };
}

/** JSON-safe copy of a record for audit data and version snapshots (bigint → string, Date → ISO). */
export function toAuditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
