// Mức chi and other legal figures, kept as data (DOMAIN.md "Money": every figure is [PARAM]).
// National caps for KCQG come from Thông tư 28/2018/TT-BTC Điều 8; Hải Phòng's KCĐP caps come from
// Nghị quyết 13/2025/NQ-HĐND, whose figures could not be read: the same figures are seeded and flagged.
import type { FundingSource, NormCeilingScope } from '../generated/client/enums';
import type { SeedTx } from './types';
import { day, need } from './util';

export interface NormFigure {
  category: string;
  maxShareBp: number | null;
  ceilingVnd: bigint | null;
  ceilingScope: NormCeilingScope;
  /** Priority areas may get up to 1.5 × the cap (DOMAIN.md) — set on the caps that support a facility. */
  priorityMultiplierBp: number | null;
  clause: string;
  note?: string;
}

export const NORM_FIGURES: readonly NormFigure[] = [
  { category: 'KC03.1', maxShareBp: 3000, ceilingVnd: 1_000_000_000n, ceilingScope: 'PER_PROJECT', priorityMultiplierBp: 15000, clause: 'mô hình trình diễn kỹ thuật' },
  { category: 'KC03.2', maxShareBp: 3000, ceilingVnd: 1_000_000_000n, ceilingScope: 'PER_PROJECT', priorityMultiplierBp: 15000, clause: 'mô hình trình diễn kỹ thuật' },
  { category: 'KC03.4', maxShareBp: 5000, ceilingVnd: 300_000_000n, ceilingScope: 'PER_FACILITY', priorityMultiplierBp: 15000, clause: 'ứng dụng máy móc thiết bị tiên tiến' },
  { category: 'KC03.4b', maxShareBp: 5000, ceilingVnd: 450_000_000n, ceilingScope: 'PER_FACILITY', priorityMultiplierBp: 15000, clause: 'dây chuyền công nghệ' },
  // One norm per content, source and day (the database refuses overlaps). The national-level
  // selection (400.000.000 đ) is organised by Bộ Công Thương, not registered as a local đề án.
  { category: 'KC04.1', maxShareBp: null, ceilingVnd: 200_000_000n, ceilingScope: 'PER_ROUND', priorityMultiplierBp: null, clause: 'bình chọn sản phẩm CNNT tiêu biểu', note: 'Cấp khu vực' },
  { category: 'KC07.2', maxShareBp: null, ceilingVnd: 6_000_000_000n, ceilingScope: 'PER_PROJECT', priorityMultiplierBp: null, clause: 'hạ tầng kỹ thuật cụm công nghiệp' },
];

const KCQG_BASIS = 'Thông tư 28/2018/TT-BTC, Điều 8 (sửa đổi, bổ sung bởi Thông tư 64/2024/TT-BTC)';
const KCQG_FROM = '2018-05-15';
const HP_BASIS = 'Nghị quyết 13/2025/NQ-HĐND ngày 25/7/2025 của HĐND thành phố Hải Phòng';
const HP_FROM = '2025-07-25';
const HP_NOTE = '[PARAM] số liệu cần xác nhận theo Nghị quyết';

export async function seedSpendingNorms(tx: SeedTx, categories: ReadonlyMap<string, number>, hpProvinceId: number): Promise<void> {
  const rows = (source: FundingSource, provinceId: number | null, basis: string, from: string, note?: string) =>
    NORM_FIGURES.map((f) => ({
      provinceId,
      contentCategoryId: need(categories, f.category, 'content category'),
      fundingSource: source,
      maxShareBp: f.maxShareBp,
      ceilingVnd: f.ceilingVnd,
      ceilingScope: f.ceilingScope,
      priorityMultiplierBp: f.priorityMultiplierBp,
      legalBasis: `${basis} — ${f.clause}`,
      validFrom: day(from),
      note: [f.note, note].filter(Boolean).join('. ') || null,
    }));
  await tx.spendingNorm.createMany({
    data: [...rows('KCQG', null, KCQG_BASIS, KCQG_FROM), ...rows('KCDP', hpProvinceId, HP_BASIS, HP_FROM, HP_NOTE)],
  });
}

/** National defaults (provinceId null); a province may add its own row with a later validFrom. */
const PARAMETERS_FROM = '2012-07-01';
export const PARAMETERS = [
  { key: 'KCQG_SUBMISSION_DEADLINE', value: '06-20', legalBasis: 'Thông tư 46/2012/TT-BCT (sửa đổi bởi Thông tư 20/2017/TT-BCT)', note: '[PARAM] Sở Công Thương gửi đăng ký kế hoạch KCQG về Bộ Công Thương trước ngày 20/6 (tháng-ngày)' },
  { key: 'SETTLEMENT_DEADLINE', value: '01-22', legalBasis: null, note: '[PARAM] hạn quyết toán năm: 22/01 năm sau (tháng-ngày)' },
  { key: 'SETTLEMENT_DOSSIER_DAYS', value: '15', legalBasis: null, note: '[PARAM] hồ sơ quyết toán đề án nộp trong 15 ngày sau lần nghiệm thu cuối' },
  { key: 'MONTHLY_REPORT_DAY', value: '25', legalBasis: null, note: '[PARAM] đơn vị thực hiện báo cáo tiến độ hằng tháng trước ngày 25' },
  { key: 'TREASURY_CONTRACT_FILING_THRESHOLD_VND', value: '50000000', legalBasis: 'Quy định kiểm soát chi qua Kho bạc Nhà nước', note: '[PARAM] hợp đồng trên 50.000.000 đ phải gửi Kho bạc' },
  { key: 'ADVANCE_CLEARING_THRESHOLD_BP', value: '8000', legalBasis: 'Thông tư 08/2016/TT-BTC (sửa đổi bởi Thông tư 52/2018/TT-BTC), Điều 8: thu hồi tạm ứng khi giá trị thanh toán đạt 80 % giá trị hợp đồng', note: '[PARAM] tạm ứng phải thu hồi khi khối lượng nghiệm thu đạt 80 % giá trị hợp đồng, chậm nhất hết năm ngân sách' },
  { key: 'TREASURY_ADVANCE_CEILING_BP', value: '7000', legalBasis: 'Quy định kiểm soát chi qua Kho bạc Nhà nước', note: '[PARAM] mức tạm ứng tối đa 70 % kinh phí hỗ trợ' },
] as const;

export async function seedParameters(tx: SeedTx): Promise<void> {
  await tx.parameter.createMany({
    data: PARAMETERS.map((p) => ({ provinceId: null, key: p.key, value: p.value, legalBasis: p.legalBasis, note: p.note, validFrom: day(PARAMETERS_FROM) })),
  });
}
