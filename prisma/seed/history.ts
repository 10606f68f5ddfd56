// History of the years before the portal, as if imported from the portal's template: seed 000's
// 2021–2025 lines for Hải Phòng (area × source × content) and seed 004's yearly plan and done for
// Lâm Đồng. They make the reports cover the programme period that just ended (decision 0028).
import type { SeedTx } from './types';
import { need } from './util';

type Line = [area: string, source: 'KCQG' | 'KCDP', content: string, label: string, projects: number, facilities: number, total: bigint, state: bigint, counterpart: bigint];

const HP_2021_2025: Line[] = [
  ['Phía Tây', 'KCQG', 'KC03.1', 'Mô hình trình diễn kỹ thuật, sản xuất sản phẩm mới', 1, 1, 37_396_000_000n, 1_000_000_000n, 36_396_000_000n],
  ['Phía Tây', 'KCQG', 'KC03.4', 'Ứng dụng máy móc, thiết bị tiên tiến', 8, 24, 40_053_400_000n, 9_000_000_000n, 31_053_400_000n],
  ['Phía Tây', 'KCDP', 'KC03.4', 'Ứng dụng máy móc, thiết bị tiên tiến', 73, 73, 46_677_229_000n, 15_055_000_000n, 31_622_229_000n],
  ['Phía Tây', 'KCDP', 'KC04.4', 'Thiết kế mẫu mã bao bì đóng gói thực phẩm', 1, 1, 60_048_000n, 30_000_000n, 30_048_000n],
  ['Phía Tây', 'KCDP', 'KC04.1', 'Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh', 2, 0, 450_000_000n, 450_000_000n, 0n],
  ['Phía Tây', 'KCDP', 'KC04.3', 'Tham gia hội chợ, bình chọn cấp khu vực, quốc gia', 4, 0, 429_650_000n, 429_650_000n, 0n],
  ['Phía Đông', 'KCQG', 'KC03.4', 'Ứng dụng máy móc, thiết bị tiên tiến', 3, 4, 2_725_640_000n, 1_200_000_000n, 1_525_640_000n],
  ['Phía Đông', 'KCDP', 'KC03.4', 'Ứng dụng máy móc, thiết bị tiên tiến (01 đề án nhóm)', 7, 8, 424_500_000n, 200_000_000n, 224_500_000n],
  ['Phía Đông', 'KCDP', 'KC04.5', 'Phòng trưng bày sản phẩm CNNTTB', 1, 1, 44_080_000n, 40_000_000n, 4_080_000n],
  ['Phía Đông', 'KCDP', 'KC04.1', 'Bình chọn sản phẩm CNNT tiêu biểu cấp thành phố', 2, 0, 197_275_000n, 197_275_000n, 0n],
  ['Phía Đông', 'KCDP', 'KC06', 'Xuất bản Bản tin Công Thương', 4, 0, 341_690_000n, 341_690_000n, 0n],
  ['Phía Đông', 'KCDP', 'KC06', 'Trang thông tin điện tử khuyến công', 4, 0, 380_420_000n, 380_420_000n, 0n],
  ['Phía Đông', 'KCDP', 'KC09', 'Mạng lưới cộng tác viên khuyến công cấp huyện', 2, 0, 150_000_000n, 150_000_000n, 0n],
  ['Phía Đông', 'KCDP', 'KC04.3', 'Tham gia hội chợ CNNT tiêu biểu khu vực phía Bắc', 3, 0, 255_350_000n, 224_580_000n, 30_770_000n],
];

const LD_PLAN: [number, number, bigint][] = [
  [2021, 38, 10_020_000_000n], [2022, 35, 8_990_000_000n], [2023, 52, 9_920_000_000n], [2024, 22, 5_014_000_000n], [2025, 29, 1_837_000_000n],
];
const LD_DONE: [number, 'KCQG' | 'KCDP', number, bigint][] = [
  [2021, 'KCDP', 36, 9_091_000_000n], [2021, 'KCQG', 1, 300_000_000n], [2022, 'KCDP', 35, 8_987_000_000n], [2023, 'KCDP', 51, 8_042_000_000n],
  [2023, 'KCQG', 1, 300_000_000n], [2024, 'KCDP', 15, 1_836_337_000n], [2025, 'KCDP', 29, 1_837_000_000n],
];

export async function seedHistory(tx: SeedTx, provinces: { HP: number; LD: number }, categories: Map<string, number>, importedById: number): Promise<void> {
  const hp = await tx.historicalImport.create({ data: { provinceId: provinces.HP, fileName: 'lich-su-2021-2025-bao-cao-232-BC-SCT.xlsx', sha256: 'seed-000-annex', importedById } });
  await tx.historicalAggregate.createMany({
    data: HP_2021_2025.map(([area, source, content, label, projects, facilities, total, state, counterpart], i) => ({
      provinceId: provinces.HP, importId: hp.id, rowNo: i + 2, yearFrom: 2021, yearTo: 2025, area, fundingLevel: source,
      contentCategoryId: need(categories, content, 'content category'), label, projectCount: projects, facilityCount: facilities,
      totalCostVnd: total, stateSupportVnd: state, counterpartVnd: counterpart,
    })),
  });
  const ld = await tx.historicalImport.create({ data: { provinceId: provinces.LD, fileName: 'lich-su-2021-2025-lam-dong.xlsx', sha256: 'seed-004-yearly', importedById } });
  await tx.historicalPlanTotal.createMany({ data: LD_PLAN.map(([year, projects, vnd], i) => ({ provinceId: provinces.LD, importId: ld.id, rowNo: i + 2, year, plannedProjects: projects, plannedVnd: vnd })) });
  await tx.historicalAggregate.createMany({
    data: LD_DONE.map(([year, source, projects, vnd], i) => ({
      provinceId: provinces.LD, importId: ld.id, rowNo: i + 2, yearFrom: year, yearTo: year, fundingLevel: source, label: `Năm ${year}`,
      projectCount: projects, facilityCount: 0, totalCostVnd: vnd, stateSupportVnd: vnd, counterpartVnd: 0n,
    })),
  });
}
