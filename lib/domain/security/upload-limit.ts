// The size limit on uploads, said the same way by the 413 of an oversize request (proxy.ts) and by
// the check on each file (lib/server/storage.ts).

/** Room for the other form fields and the multipart framing around a file at the limit. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

export function requestBodyLimitBytes(maxMb: number): number {
  return maxMb * 1024 * 1024 + FORM_OVERHEAD_BYTES;
}

export function uploadLimitMessage(maxMb: number): string {
  return `Tệp tải lên vượt quá dung lượng cho phép (tối đa ${maxMb} MB mỗi tệp). Vui lòng chọn tệp nhỏ hơn, hoặc nén, chia nhỏ tệp rồi tải lên lại.`;
}
