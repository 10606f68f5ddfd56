import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../errors';

/**
 * Checks that what a đề án form points at exists and belongs to the đề án's province: the content
 * category (in force for the year), the programme target, the xã. A bad id is a field error.
 */
export async function assertProjectReferences(
  tx: Tx,
  provinceId: number,
  input: { year: number; contentCategoryId: number; programmeTargetId: number | null; adminUnitId: number | null },
): Promise<void> {
  const category = await tx.contentCategory.findUnique({ where: { id: input.contentCategoryId }, select: { validFrom: true, validTo: true, name: true } });
  if (!category) throw new AppError('VALIDATION', 'Nội dung hoạt động không tồn tại.', { contentCategoryId: 'Chọn nội dung hoạt động' });
  if (category.validTo && category.validTo.getUTCFullYear() < input.year) {
    throw new AppError('VALIDATION', `Nội dung "${category.name}" đã hết hiệu lực trước năm ${input.year}.`, { contentCategoryId: 'Nội dung đã hết hiệu lực' });
  }
  if (input.programmeTargetId !== null) {
    const target = await tx.programmeTarget.findFirst({ where: { id: input.programmeTargetId, programme: { provinceId } }, select: { id: true } });
    if (!target) throw new AppError('VALIDATION', 'Chỉ tiêu chương trình không thuộc địa phương này.', { programmeTargetId: 'Chọn chỉ tiêu của chương trình địa phương' });
  }
  if (input.adminUnitId !== null) {
    const unit = await tx.adminUnit.findFirst({ where: { id: input.adminUnitId, provinceId }, select: { id: true } });
    if (!unit) throw new AppError('VALIDATION', 'Xã/phường/đặc khu không thuộc địa phương này.', { adminUnitId: 'Chọn xã/phường/đặc khu' });
  }
}
