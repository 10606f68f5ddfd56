import 'server-only';
import { AppError, staleError } from './errors';

// The database refuses what breaks its constraints (migration 20261130100000_integrity). This turns
// each refusal into the AppError a person can act on, in Vietnamese; `action()` and `route()` call it,
// so no form or route answers 500 for data it was given. Unknown errors stay errors (a real 500).

interface Refusal {
  message: string;
  /** The form field the message belongs to, when there is one. */
  field?: string;
}

/** Named constraints, by the name the migration gives them. */
const CONSTRAINTS: Record<string, Refusal> = {
  ContestCriterion_maxPoints_positive: { message: 'Điểm tối đa của tiêu chí phải lớn hơn 0.', field: 'criteria' },
  ContestScore_points_range: { message: 'Điểm không được âm.' },
  ContestRound_winnerCount_positive: { message: 'Ít nhất 1 sản phẩm được công nhận.', field: 'winnerCount' },
  Project_support_within_total: { message: 'Kinh phí hỗ trợ không được vượt tổng kinh phí đề án.', field: 'stateSupportVnd' },
  Project_approved_within_total: { message: 'Kinh phí hỗ trợ được duyệt không được vượt tổng kinh phí đề án.', field: 'approvedSupportVnd' },
  PlanItem_support_within_total: { message: 'Kinh phí đề nghị hỗ trợ không được vượt tổng kinh phí.', field: 'requestedSupportVnd' },
  PlanItem_approved_within_total: { message: 'Kinh phí được duyệt không được vượt tổng kinh phí của đề xuất.', field: 'approvedSupportVnd' },
  CostLine_support_within_amount: { message: 'Phần ngân sách hỗ trợ của một dòng dự toán không được vượt thành tiền của dòng đó.' },
  Contract_support_within_value: { message: 'Kinh phí hỗ trợ trong hợp đồng không được vượt giá trị hợp đồng.', field: 'supportVnd' },
  Settlement_refunded_within_due: { message: 'Số đã nộp trả không được vượt số phải nộp trả.', field: 'refundedVnd' },
  ProjectOutput_quantity_check: { message: 'Số lượng kết quả phải từ 1 trở lên.', field: 'quantity' },
  CollaboratorActivity_supportVnd_check: { message: 'Thù lao, hỗ trợ đã chi không được âm.', field: 'supportVnd' },
  Project_progressPercent_range: { message: 'Tiến độ phải từ 0 đến 100 %.', field: 'progressPercent' },
  ContentCategory_advanceShareBp_range: { message: 'Tỷ lệ tạm ứng phải từ 0 đến 100 %.', field: 'advanceShareBp' },
  SpendingNorm_maxShareBp_range: { message: 'Tỷ lệ hỗ trợ tối đa phải từ 0 đến 100 %.', field: 'maxShareBp' },
  SpendingNorm_priorityMultiplierBp_range: { message: 'Hệ số địa bàn ưu tiên phải từ 1 đến 10 lần mức thường.', field: 'priorityMultiplierBp' },
  PeriodicReport_period_range: { message: 'Kỳ báo cáo không hợp lệ với loại báo cáo đã chọn.', field: 'period' },
  Programme_years_in_order: { message: 'Năm kết thúc phải sau hoặc bằng năm bắt đầu.', field: 'endYear' },
  Project_dates_in_order: { message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', field: 'endDate' },
  Contract_dates_in_order: { message: 'Ngày kết thúc hợp đồng phải sau hoặc bằng ngày bắt đầu.', field: 'endDate' },
  Document_one_owner: { message: 'Một tài liệu chỉ thuộc về một hồ sơ.' },
  Document_has_owner: { message: 'Tài liệu phải thuộc về một hồ sơ (đề án, đề xuất, nghiệm thu, thanh toán, đề nghị hỗ trợ, quyết định hoặc hợp đồng).' },
  Parameter_value_typed: { message: 'Giá trị tham số không đúng kiểu: số tiền, số ngày là số nguyên; tỷ lệ từ 0 đến 10000 điểm cơ bản; hạn là tháng-ngày (MM-DD).', field: 'value' },
  SpendingNorm_no_overlap: {
    message: 'Đã có mức chi cho nội dung và nguồn này trong thời gian hiệu lực đó. Đặt ngày hết hiệu lực cho mức chi cũ trước.',
    field: 'validFrom',
  },
  // Unique keys.
  Decision_provinceId_number_issuedOn_key: { message: 'Quyết định cùng số và ngày ban hành đã tồn tại.', field: 'number' },
  Amendment_one_pending_per_project: { message: 'Đề án đã có một đề nghị điều chỉnh đang chờ duyệt: chờ quyết định trước khi đề nghị tiếp.' },
  Project_provinceId_code_key: { message: 'Mã đề án đã tồn tại.', field: 'code' },
  Organization_provinceId_name_key: { message: 'Cơ quan, đơn vị cùng tên đã tồn tại.', field: 'name' },
  Parameter_provinceId_key_validFrom_key: { message: 'Tham số này đã có giá trị từ ngày đó.', field: 'validFrom' },
  PeriodicReport_organizationId_kind_year_period_projectId_key: { message: 'Báo cáo của kỳ này đã tồn tại.' },
  Facility_provinceId_taxCode_key: { message: 'Cơ sở có mã số thuế này đã tồn tại.', field: 'taxCode' },
  User_username_key: { message: 'Tên đăng nhập đã tồn tại.', field: 'username' },
  ConsolidatedPlan_provinceId_year_key: { message: 'Kế hoạch khuyến công của năm này đã tồn tại.', field: 'year' },
  AnnualPlan_consolidatedPlanId_organizationId_key: { message: 'Đơn vị đã có kế hoạch trong năm này.' },
  Programme_provinceId_code_key: { message: 'Mã chương trình đã tồn tại.', field: 'code' },
  PaymentRequest_idempotencyKey_key: { message: 'Đề nghị này đã được gửi.' },
};

interface DriverCause {
  code?: string;
  originalCode?: string;
  originalMessage?: string;
  message?: string;
  constraint?: { index?: string; fields?: string[] };
}

/** The PostgreSQL error under a Prisma error (driver adapter), if any. */
function causeOf(error: unknown): DriverCause | null {
  if (typeof error !== 'object' || error === null) return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? null;
}

function constraintName(cause: DriverCause): string | null {
  if (cause.constraint?.index) return cause.constraint.index;
  const text = cause.originalMessage ?? cause.message ?? '';
  return /constraint "([^"]+)"/.exec(text)?.[1] ?? null;
}

/** "<Table>_<column>_nonnegative" / "_positive": the money and quantity checks, one per column. */
function signRefusal(name: string): Refusal | undefined {
  const m = /^[A-Za-z]+_([A-Za-z]+)_(nonnegative|positive)$/.exec(name);
  if (!m) return undefined;
  const field = m[1]!;
  const what = field.endsWith('Vnd') ? 'Số tiền' : 'Số lượng';
  return { message: m[2] === 'positive' ? `${what} phải lớn hơn 0.` : `${what} không được âm.`, field };
}

/** "<Table>_validity_in_order": every record with a validity period (content, norm, parameter) words it alike. */
const VALIDITY_IN_ORDER: Refusal = { message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.', field: 'validTo' };

function refusal(name: string | null, fallback: string, code: AppError['code']): AppError {
  const known = name ? (CONSTRAINTS[name] ?? signRefusal(name) ?? (name.endsWith('_validity_in_order') ? VALIDITY_IN_ORDER : undefined)) : undefined;
  const message = known?.message ?? fallback;
  return new AppError(code, message, known?.field ? { [known.field]: message } : undefined, name ? `constraint ${name}` : undefined);
}

/**
 * The AppError for a refusal of the database caused by the data given (a constraint, an out-of-range
 * number, a NUL byte, an invalid date), or null for anything else.
 */
export function databaseRefusal(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const name = (error as { name?: string } | null)?.name;
  // Values Prisma cannot even send (an Invalid Date, NaN where a number belongs) come from malformed input.
  if (name === 'PrismaClientValidationError') return new AppError('VALIDATION', 'Dữ liệu không hợp lệ.', undefined, String((error as Error).message).slice(-300));
  // Two people changing the same record at once, seen by the database as a deadlock or a
  // serialization failure (Prisma's P2034): one of them reloads and tries again.
  if ((error as { code?: unknown } | null)?.code === 'P2034') return staleError();
  const cause = causeOf(error);
  const sqlState = cause?.originalCode ?? cause?.code;
  if (!cause || !sqlState) return null;
  const constraint = constraintName(cause);
  switch (sqlState) {
    case '23505':
      return refusal(constraint, 'Bản ghi này đã tồn tại.', 'CONFLICT');
    case '23P01':
      return refusal(constraint, 'Bản ghi trùng thời gian hiệu lực với một bản ghi đã có.', 'CONFLICT');
    case '23514':
      return refusal(constraint, 'Dữ liệu không hợp lệ: số tiền, tỷ lệ hoặc ngày tháng nằm ngoài giới hạn cho phép.', 'VALIDATION');
    case '23502':
      return new AppError('VALIDATION', 'Thiếu thông tin bắt buộc.', undefined, cause.originalMessage);
    case '23503':
      return new AppError('VALIDATION', 'Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.', undefined, constraint ?? cause.originalMessage);
    case '22003':
      return new AppError('NOT_FOUND', 'Không tìm thấy: mã số vượt giới hạn.', undefined, cause.originalMessage);
    case '22021':
    case '22P05':
      return new AppError('VALIDATION', 'Dữ liệu chứa ký tự không hợp lệ.', undefined, cause.originalMessage);
    case '40001':
    case '40P01':
      return staleError();
    case '22007':
    case '22008':
      return new AppError('VALIDATION', 'Ngày tháng không hợp lệ.', undefined, cause.originalMessage);
    default:
      return null;
  }
}
