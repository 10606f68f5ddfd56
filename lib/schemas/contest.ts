import { dateInput } from './decision';
import { optionalText, requiredText, TEXT_MAX, yearField } from './fields';
import { z } from './z';

const id = z.coerce.number().int().positive();
export const CONTEST_LEVEL_VALUES = ['XA', 'PROVINCE', 'REGION', 'NATIONAL'] as const;

export const contestCriterionSchema = z.object({
  name: requiredText('Tên tiêu chí', TEXT_MAX.short),
  maxPoints: z.coerce.number({ error: 'Điểm tối đa phải là số' }).int('Điểm tối đa phải là số nguyên').min(1, 'Điểm tối đa từ 1 đến 1000').max(1000, 'Điểm tối đa từ 1 đến 1000'),
});

/** Sở Công Thương opens a round: its decision, criteria with maximum points and its council. */
export const contestRoundCreateSchema = z.object({
  name: requiredText('Tên cuộc bình chọn', TEXT_MAX.name),
  level: z.enum(CONTEST_LEVEL_VALUES, { error: 'Chọn cấp bình chọn' }),
  year: yearField(),
  adminUnitId: z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional()),
  decisionNumber: requiredText('Số quyết định', TEXT_MAX.number),
  decisionDate: dateInput,
  winnerCount: z.coerce.number().int('Số sản phẩm được công nhận phải là số nguyên').min(1, 'Ít nhất 1 sản phẩm được công nhận').max(200, 'Tối đa 200 sản phẩm'),
  programmeTargetId: z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional()),
  criteria: z.array(contestCriterionSchema).min(1, 'Cần ít nhất một tiêu chí chấm điểm').max(30, 'Tối đa 30 tiêu chí'),
  memberIds: z.array(id).min(1, 'Chọn ít nhất một thành viên hội đồng').max(50, 'Tối đa 50 thành viên'),
});
export type ContestRoundCreateInput = z.infer<typeof contestRoundCreateSchema>;

export const contestRoundEventSchema = z.object({
  roundId: id,
  event: z.enum(['open', 'startScoring', 'publish']),
});
export type ContestRoundEventInput = z.infer<typeof contestRoundEventSchema>;

/** A xã forwards one product of a facility on its territory. */
export const contestEntrySchema = z.object({
  roundId: id,
  facilityId: z.coerce.number({ error: 'Chọn cơ sở' }).int().positive('Chọn cơ sở'),
  productName: requiredText('Tên sản phẩm', TEXT_MAX.name),
  productGroup: requiredText('Nhóm sản phẩm', TEXT_MAX.short),
  description: optionalText('Mô tả sản phẩm', TEXT_MAX.long),
});
export type ContestEntryInput = z.infer<typeof contestEntrySchema>;

/** One council member's points for every criterion of one entry. */
export const contestScoreSchema = z.object({
  entryId: id,
  points: z
    .array(z.object({ criterionId: id, points: z.coerce.number({ error: 'Điểm phải là số' }).int('Điểm phải là số nguyên').min(0, 'Điểm không được âm') }))
    .min(1, 'Nhập điểm'),
});
export type ContestScoreInput = z.infer<typeof contestScoreSchema>;

/** Sở Công Thương forwards a published round's winners to a round of the next level. */
export const contestForwardWinnersSchema = z.object({ fromRoundId: id, toRoundId: id });
export type ContestForwardWinnersInput = z.infer<typeof contestForwardWinnersSchema>;
