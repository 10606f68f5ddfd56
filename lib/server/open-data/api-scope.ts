import 'server-only';
import { db } from '../db';
import { AppError } from '../errors';

// What `tinh` and `xa` mean for a client: a province's client reads its own province only — asking
// for another province (or one of its xã) is refused with 403, whatever that province holds; the
// national client may narrow to any province. Unknown codes are a 400 naming the parameter.

export interface ApiClientScope {
  provinceId: number | null;
}

export async function provinceFilter(client: ApiClientScope, tinh: string | undefined): Promise<number | undefined> {
  if (tinh === undefined) return client.provinceId ?? undefined;
  const province = await db.province.findUnique({ where: { code: tinh }, select: { id: true } });
  if (!province) throw new AppError('VALIDATION', `Tham số tinh: không có tỉnh mã ${tinh}`);
  if (client.provinceId !== null && province.id !== client.provinceId) {
    throw new AppError('FORBIDDEN', 'Mã truy cập này chỉ đọc được dữ liệu của tỉnh được cấp.');
  }
  return province.id;
}

export async function assertXaInScope(client: ApiClientScope, xa: number | undefined): Promise<void> {
  if (xa === undefined) return;
  const unit = await db.adminUnit.findUnique({ where: { id: xa }, select: { provinceId: true } });
  if (!unit) throw new AppError('VALIDATION', `Tham số xa: không có xã mã ${xa}`);
  if (client.provinceId !== null && unit.provinceId !== client.provinceId) {
    throw new AppError('FORBIDDEN', 'Mã truy cập này chỉ đọc được dữ liệu của tỉnh được cấp.');
  }
}
