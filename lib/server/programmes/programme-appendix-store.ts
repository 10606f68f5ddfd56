import 'server-only';
import type { AppendixItem, ProgrammeAppendix } from '@/lib/domain/programme-appendix';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';

// Reads and writes a programme's appendix (groups, targets, yearly values) as one ProgrammeAppendix.
// Targets keep their ids across saves so the đề án and plan items that point at them stay linked.

export interface StoredItem extends AppendixItem {
  /** The ProgrammeTarget id, when the row already exists. */
  id?: number;
}

export interface StoredAppendix {
  years: number[];
  groups: { code: string; name: string; items: StoredItem[] }[];
}

export async function loadAppendix(client: Db | Tx, programmeId: number, years: number[]): Promise<StoredAppendix> {
  const groups = await client.programmeGroup.findMany({
    where: { programmeId },
    orderBy: { sortOrder: 'asc' },
    include: { targets: { orderBy: { sortOrder: 'asc' }, include: { values: true } } },
  });
  return {
    years: [...years],
    groups: groups.map((g) => ({
      code: g.code,
      name: g.name,
      items: g.targets.map((t) => ({
        id: t.id,
        itemNo: t.itemNo,
        name: t.name,
        unit: t.unit,
        values: years.map((y) => t.values.find((v) => v.year === y)?.quantity ?? null),
        statedTotal: t.statedTotal,
      })),
    })),
  };
}

/** The appendix without ids, as stored in amendments and compared in tests. */
export function plainAppendix(appendix: StoredAppendix): ProgrammeAppendix {
  return {
    years: [...appendix.years],
    groups: appendix.groups.map((g) => ({
      code: g.code,
      name: g.name,
      items: g.items.map(({ itemNo, name, unit, values, statedTotal }) => ({ itemNo, name, unit, values: [...values], statedTotal })),
    })),
  };
}

/**
 * Replaces the programme's appendix with `next` inside the caller's transaction. A row is the same
 * target when it carries that target's id, or else has the same group code and item number. A
 * target that disappears is deleted — unless a đề án, plan item or product contest round points at
 * it, which is refused.
 */
export async function saveAppendix(tx: Tx, programmeId: number, next: StoredAppendix): Promise<void> {
  const existing = await tx.programmeTarget.findMany({
    where: { programmeId },
    select: { id: true, itemNo: true, group: { select: { code: true } }, _count: { select: { projects: true, planItems: true, contestRounds: true } } },
  });
  const byId = new Map(existing.map((t) => [t.id, t]));
  const byKey = new Map(existing.map((t) => [`${t.group.code}.${t.itemNo}`, t]));
  const kept = new Set<number>();
  const rows = next.groups.flatMap((g, gi) =>
    g.items.map((item, ii) => {
      let match = item.id !== undefined ? byId.get(item.id) : undefined;
      if (item.id !== undefined && !match) {
        throw new AppError('CONFLICT', 'Bảng chỉ tiêu vừa được người khác thay đổi. Vui lòng tải lại trang rồi sửa lại.');
      }
      match ??= byKey.get(`${g.code}.${item.itemNo}`);
      if (match && kept.has(match.id)) match = undefined;
      if (match) kept.add(match.id);
      return { groupCode: g.code, groupIndex: gi, sortOrder: ii + 1, item, targetId: match?.id };
    }),
  );

  const removed = existing.filter((t) => !kept.has(t.id));
  const linked = removed.filter((t) => t._count.projects + t._count.planItems + t._count.contestRounds > 0);
  if (linked.length) {
    const names = linked
      .map((t) => `${t.group.code}.${t.itemNo} (${t._count.projects} đề án, ${t._count.planItems} đề xuất${t._count.contestRounds ? `, ${t._count.contestRounds} cuộc bình chọn` : ''})`)
      .join(', ');
    throw new AppError('VALIDATION', `Không thể bỏ chỉ tiêu đang được sử dụng: ${names}. Hãy chuyển các đề án sang chỉ tiêu khác trước.`);
  }
  if (removed.length) await tx.programmeTarget.deleteMany({ where: { id: { in: removed.map((t) => t.id) } } });
  // Free every kept item number first, so renumbering (2 ↔ 3) never trips the unique (group, itemNo).
  for (const id of kept) await tx.programmeTarget.update({ where: { id }, data: { itemNo: `~${id}` } });

  const groupIds = new Map<string, number>();
  for (const [index, g] of next.groups.entries()) {
    const group = await tx.programmeGroup.upsert({
      where: { programmeId_code: { programmeId, code: g.code } },
      update: { name: g.name, sortOrder: index + 1 },
      create: { programmeId, code: g.code, name: g.name, sortOrder: index + 1 },
    });
    groupIds.set(g.code, group.id);
  }

  const values: { targetId: number; year: number; quantity: number }[] = [];
  for (const row of rows) {
    const data = {
      groupId: groupIds.get(row.groupCode)!,
      itemNo: row.item.itemNo,
      name: row.item.name,
      unit: row.item.unit,
      statedTotal: row.item.statedTotal,
      sortOrder: row.sortOrder,
    };
    const target = row.targetId
      ? await tx.programmeTarget.update({ where: { id: row.targetId }, data })
      : await tx.programmeTarget.create({ data: { ...data, programmeId } });
    row.item.values.forEach((quantity, i) => {
      if (quantity !== null) values.push({ targetId: target.id, year: next.years[i]!, quantity });
    });
  }
  await tx.programmeTargetValue.deleteMany({ where: { target: { programmeId } } });
  if (values.length) await tx.programmeTargetValue.createMany({ data: values });
  await tx.programmeGroup.deleteMany({ where: { programmeId, code: { notIn: next.groups.map((g) => g.code) } } });
}
