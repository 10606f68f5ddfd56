// Hỗ trợ có thu hồi: repayment schedule, repayments and litigation — shared by forms and the server.
import { dateInput } from './decision';
import { vndInput } from './money';
import { z } from './z';

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message);

export const repaymentScheduleSchema = z.object({
  projectId: id('Thiếu đề án'),
  facilityId: id('Chọn cơ sở'),
  principalVnd: vndInput('Nhập số tiền phải hoàn trả'),
  count: z.coerce.number({ message: 'Nhập số kỳ' }).int('Số kỳ là số nguyên').min(1, 'Ít nhất 1 kỳ').max(120, 'Tối đa 120 kỳ'),
  firstDueOn: dateInput,
  intervalMonths: z.coerce.number({ message: 'Nhập số tháng giữa hai kỳ' }).int('Số tháng là số nguyên').min(1, 'Ít nhất 1 tháng').max(24, 'Tối đa 24 tháng'),
});
export type RepaymentScheduleInput = z.infer<typeof repaymentScheduleSchema>;

export const repaymentSchema = z.object({
  scheduleId: id('Thiếu lịch hoàn trả'),
  amountVnd: vndInput('Nhập số tiền hoàn trả'),
  paidOn: dateInput,
  documentNumber: z.string().trim().min(1, 'Nhập số chứng từ').max(100, 'Tối đa 100 ký tự'),
});
export type RepaymentInput = z.infer<typeof repaymentSchema>;

export const litigationSchema = z.object({
  scheduleId: id('Thiếu lịch hoàn trả'),
  courtFileRef: z.string().trim().min(1, 'Nhập số thụ lý của toà án').max(200, 'Tối đa 200 ký tự'),
  reason: z.string().trim().min(1, 'Nhập lý do khởi kiện').max(2000, 'Tối đa 2.000 ký tự'),
});
export type LitigationInput = z.infer<typeof litigationSchema>;
