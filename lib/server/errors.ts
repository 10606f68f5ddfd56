import 'server-only';

// Errors a use case throws on purpose. `message` is for people (Vietnamese); `detail` goes to logs.
export type AppErrorCode = 'VALIDATION' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'ILLEGAL_TRANSITION' | 'LIMIT_EXCEEDED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export const forbiddenError = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const notFoundError = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
/** Someone else changed the record first (optimistic check on status failed). */
export const staleError = () =>
  new AppError('CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại.');
