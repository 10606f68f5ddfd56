// Kết quả thực hiện, kiểm tra, cộng tác viên: the forms' schemas, shared with the server.
import { OUTPUT_KINDS } from '@/lib/domain/project-outputs';
import { dateInput } from './decision';
import { optionalQuery, queryId, queryYear } from './query';
import { optionalText, requiredText, TEXT_MAX, yearField } from './fields';
import { vndInput } from './money';
import { requiredFile } from './programme';
import { z } from './z';

const id = (what: string) => z.coerce.number({ error: `Thiếu ${what}` }).int().positive(`Thiếu ${what}`);
const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), dateInput.optional());

export const outputCreateSchema = z.object({
  projectId: id('đề án'),
  kind: z.enum(OUTPUT_KINDS, { error: 'Chọn loại kết quả' }),
  title: requiredText('Tên lớp, hội chợ hoặc nhãn hiệu', TEXT_MAX.name),
  heldOn: dateInput,
  endedOn: optionalDate,
  place: optionalText('Địa điểm', TEXT_MAX.short),
  quantity: z.coerce.number({ error: 'Nhập số lượng (số nguyên)' }).int('Số lượng phải là số nguyên').min(1, 'Số lượng từ 1 trở lên').max(10_000, 'Số lượng tối đa 10.000'),
  note: optionalText('Ghi chú', TEXT_MAX.medium),
});
export type OutputCreateInput = z.infer<typeof outputCreateSchema>;

export const participantImportSchema = z.object({ outputId: id('lớp học'), file: requiredFile });
export const outputDeleteSchema = z.object({ outputId: id('kết quả') });

const team = requiredText('Thành phần đoàn kiểm tra', TEXT_MAX.reason);

export const inspectionCreateSchema = z.object({
  year: yearField('Năm kế hoạch'),
  title: requiredText('Nội dung kiểm tra', TEXT_MAX.name),
  plannedOn: dateInput,
  projectId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  adminUnitId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  team,
});
export type InspectionCreateInput = z.infer<typeof inspectionCreateSchema>;

export const INSPECTION_EVENTS = ['conduct', 'followUp', 'close', 'cancel'] as const;
export const inspectionTransitionSchema = z.object({
  inspectionId: id('cuộc kiểm tra'),
  event: z.enum(INSPECTION_EVENTS),
  conductedOn: optionalDate,
  findings: optionalText('Kết quả kiểm tra', TEXT_MAX.long),
  recommendations: optionalText('Kiến nghị', TEXT_MAX.long),
  followUp: optionalText('Kết quả thực hiện kiến nghị', TEXT_MAX.long),
  reason: optionalText('Lý do', TEXT_MAX.reason),
});
export type InspectionTransitionInput = z.infer<typeof inspectionTransitionSchema>;

export const collaboratorCreateSchema = z.object({
  adminUnitId: id('xã'),
  fullName: requiredText('Họ và tên', 200),
  birthYear: z.preprocess((v) => (v === '' || v === null ? undefined : v), yearField('Năm sinh', 1930, 2012).optional()),
  position: optionalText('Chức vụ, nơi công tác', TEXT_MAX.short),
  phone: optionalText('Điện thoại', 20),
  proposedOn: dateInput,
});
export type CollaboratorCreateInput = z.infer<typeof collaboratorCreateSchema>;

export const collaboratorApproveSchema = z.object({
  collaboratorId: id('cộng tác viên'),
  number: requiredText('Số/ký hiệu quyết định', TEXT_MAX.number),
  issuedOn: dateInput,
  signer: requiredText('Người ký', TEXT_MAX.number),
});
export const collaboratorEndSchema = z.object({ collaboratorId: id('cộng tác viên'), reason: requiredText('Lý do', TEXT_MAX.reason) });

export const collaboratorActivitySchema = z.object({
  collaboratorId: id('cộng tác viên'),
  occurredOn: dateInput,
  description: requiredText('Nội dung hoạt động', TEXT_MAX.medium),
  supportVnd: vndInput('Nhập thù lao, hỗ trợ đã chi (0 nếu không chi)'),
});
export type CollaboratorActivityInput = z.infer<typeof collaboratorActivitySchema>;

/** /kiem-tra?nam=2026 and /cong-tac-vien?xa=12: bad values are dropped. */
export const inspectionListQuerySchema = z.object({ nam: optionalQuery(queryYear()) });
export const collaboratorListQuerySchema = z.object({ xa: optionalQuery(queryId()) });
