// Which rules a đề án follows: those approved before Nghị định 235/2025/NĐ-CP took effect
// (15/10/2025) keep the old regime of Nghị định 45/2012/NĐ-CP (DOMAIN.md "Đề án lifecycle").
import type { RulesRegime } from '@/prisma/generated/client/enums';

export const ND235_IN_FORCE = '2025-10-15';

export function regimeOn(date: Date): RulesRegime {
  return date.toISOString().slice(0, 10) < ND235_IN_FORCE ? 'ND45_2012' : 'ND235_2025';
}

export const REGIME_LABELS: Record<RulesRegime, string> = {
  ND45_2012: 'Nghị định 45/2012/NĐ-CP (phê duyệt trước 15/10/2025)',
  ND235_2025: 'Nghị định 235/2025/NĐ-CP',
};
