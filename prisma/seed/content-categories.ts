// Nội dung hoạt động khuyến công: Nghị định 45/2012/NĐ-CP Điều 4 as amended by Nghị định
// 235/2025/NĐ-CP (in force 15/10/2025). The codes are ours (DOMAIN.md "Content categories"); the
// names are short forms of the Decree's wording, for lists and forms. Checklists follow DOMAIN.md
// "Acceptance documents"; advance shares are the [PARAM] defaults (70 %, 30 % for cluster
// infrastructure, 100 % for business start-up).
import type { DocumentKind } from '../../lib/domain/documents';
import type { SeedTx } from './types';
import { day } from './util';

type Profile = 'machinery' | 'demonstration' | 'training' | 'fair' | 'consulting' | 'event' | 'general';

interface CategorySeed {
  code: string;
  name: string;
  profile: Profile;
  advanceShareBp?: number;
  extraDossier?: DocumentKind[];
  children?: CategorySeed[];
}

const ND45_FROM = '2012-07-01';
const ND235_FROM = '2025-10-15';
const DEFAULT_ADVANCE_BP = 7000;

const FACILITY_DOSSIER: DocumentKind[] = ['DON_DE_NGHI', 'DKKD', 'BAO_GIA', 'CAM_KET_DOI_UNG', 'CAM_KET_KHONG_TRUNG_LAP'];

const DOSSIER: Record<Profile, DocumentKind[]> = {
  machinery: FACILITY_DOSSIER,
  demonstration: FACILITY_DOSSIER,
  consulting: FACILITY_DOSSIER,
  training: ['KE_HOACH_TO_CHUC', 'BAO_GIA'],
  fair: ['KE_HOACH_TO_CHUC', 'BAO_GIA'],
  event: ['KE_HOACH_TO_CHUC', 'BAO_GIA'],
  general: ['BAO_GIA'],
};

const ACCEPTANCE: Record<Profile, DocumentKind[]> = {
  machinery: ['HOP_DONG_MUA_SAM', 'BIEN_BAN_BAN_GIAO', 'BIEN_BAN_THANH_LY_MUA_SAM', 'HOA_DON', 'ANH_LAP_DAT'],
  demonstration: ['HOA_DON', 'DANH_SACH_THAM_DU'],
  training: ['DANH_SACH_HOC_VIEN', 'CHUNG_CHI'],
  fair: ['HOP_DONG_GIAN_HANG', 'HOA_DON'],
  consulting: ['HOP_DONG_TU_VAN', 'SAN_PHAM_DAU_RA', 'BANG_KE_CHUNG_TU'],
  event: ['DANH_SACH_THAM_DU', 'HOA_DON'],
  general: ['BANG_KE_CHUNG_TU'],
};

export const CONTENT_CATEGORIES: CategorySeed[] = [
  { code: 'KC01', name: 'Đào tạo nghề, truyền nghề ngắn hạn gắn với nhu cầu của cơ sở công nghiệp nông thôn', profile: 'training' },
  {
    code: 'KC02',
    name: 'Nâng cao năng lực quản lý, khởi sự kinh doanh và phát triển thị trường cho cơ sở công nghiệp nông thôn',
    profile: 'training',
    children: [
      { code: 'KC02.1', name: 'Hội nghị, hội thảo, diễn đàn phát triển thị trường, xúc tiến tiêu thụ sản phẩm', profile: 'event' },
      { code: 'KC02.2', name: 'Tham gia hội chợ, triển lãm ở nước ngoài', profile: 'fair' },
      { code: 'KC02.3', name: 'Tiếp thị, quảng bá sản phẩm trên môi trường số', profile: 'consulting' },
      { code: 'KC02.4', name: 'Kết nối, tìm kiếm khách hàng, nhà phân phối', profile: 'event' },
      // Not a sub-item in DOMAIN.md's list; added to carry the 100 % advance for business start-up.
      { code: 'KC02.5', name: 'Đào tạo, tư vấn khởi sự kinh doanh, quản trị doanh nghiệp', profile: 'training', advanceShareBp: 10000 },
    ],
  },
  {
    code: 'KC03',
    name: 'Xây dựng mô hình trình diễn kỹ thuật, chuyển giao công nghệ, ứng dụng máy móc tiên tiến và sản xuất sạch hơn',
    profile: 'demonstration',
    children: [
      { code: 'KC03.1', name: 'Mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản xuất sản phẩm mới', profile: 'demonstration' },
      { code: 'KC03.2', name: 'Mô hình trình diễn kỹ thuật tại cơ sở công nghiệp nông thôn đang sản xuất có hiệu quả', profile: 'demonstration' },
      { code: 'KC03.3', name: 'Chuyển giao công nghệ, tiến bộ khoa học kỹ thuật vào sản xuất', profile: 'machinery' },
      { code: 'KC03.4', name: 'Ứng dụng máy móc thiết bị tiên tiến vào sản xuất', profile: 'machinery' },
      { code: 'KC03.4b', name: 'Ứng dụng dây chuyền công nghệ tiên tiến vào sản xuất', profile: 'machinery' },
      { code: 'KC03.5', name: 'Mô hình thí điểm áp dụng sản xuất sạch hơn', profile: 'demonstration' },
    ],
  },
  {
    code: 'KC04',
    name: 'Phát triển sản phẩm công nghiệp nông thôn tiêu biểu',
    profile: 'general',
    children: [
      { code: 'KC04.1', name: 'Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu', profile: 'event' },
      { code: 'KC04.2', name: 'Tổ chức hội chợ, triển lãm hàng công nghiệp nông thôn', profile: 'fair' },
      { code: 'KC04.3', name: 'Tham gia hội chợ, triển lãm trong nước', profile: 'fair' },
      { code: 'KC04.4', name: 'Xây dựng, đăng ký nhãn hiệu, thương hiệu sản phẩm', profile: 'consulting' },
      { code: 'KC04.5', name: 'Đầu tư phòng trưng bày, giới thiệu sản phẩm', profile: 'machinery' },
      { code: 'KC04.6', name: 'Thương mại điện tử, hệ thống thông tin và cơ sở dữ liệu sản phẩm', profile: 'consulting' },
    ],
  },
  { code: 'KC05', name: 'Tư vấn, trợ giúp cơ sở công nghiệp nông thôn', profile: 'consulting' },
  { code: 'KC06', name: 'Cung cấp thông tin, tuyên truyền về khuyến công', profile: 'general' },
  {
    code: 'KC07',
    name: 'Liên doanh, liên kết, phát triển cụm công nghiệp và xử lý ô nhiễm môi trường',
    profile: 'general',
    children: [
      { code: 'KC07.1', name: 'Thành lập hiệp hội, hội ngành nghề; liên kết sản xuất, chuỗi giá trị', profile: 'consulting' },
      { code: 'KC07.2', name: 'Quy hoạch chi tiết, đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp', profile: 'machinery', advanceShareBp: 3000 },
      { code: 'KC07.3', name: 'Xúc tiến đầu tư phát triển cụm công nghiệp', profile: 'event' },
      { code: 'KC07.4', name: 'Di dời cơ sở gây ô nhiễm môi trường, hỗ trợ lãi suất vốn vay', profile: 'general' },
      {
        code: 'KC07.5',
        name: 'Xử lý ô nhiễm môi trường tại cụm công nghiệp, cơ sở công nghiệp nông thôn',
        profile: 'machinery',
        extraDossier: ['HO_SO_MOI_TRUONG'],
      },
    ],
  },
  { code: 'KC08', name: 'Hợp tác quốc tế về khuyến công', profile: 'event' },
  { code: 'KC09', name: 'Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công', profile: 'general' },
  { code: 'KC10', name: 'Hỗ trợ chuyển đổi số cho cơ sở công nghiệp nông thôn', profile: 'consulting' },
  { code: 'KC11', name: 'Hỗ trợ sản xuất và tiêu dùng bền vững', profile: 'consulting' },
  { code: 'KC12', name: 'Hỗ trợ nghệ nhân, phát triển nghề thủ công mỹ nghệ', profile: 'training' },
];

const ADDED_2025 = new Set(['KC10', 'KC11', 'KC12']);

/** Default advance share of a category, as seeded (basis points). */
export function advanceShareBpOf(code: string): number {
  for (const parent of CONTENT_CATEGORIES) {
    for (const c of [parent, ...(parent.children ?? [])]) if (c.code === code) return c.advanceShareBp ?? DEFAULT_ADVANCE_BP;
  }
  throw new Error(`seed: unknown content category ${code}`);
}

function legalBasis(topCode: string): string {
  if (ADDED_2025.has(topCode)) return 'Nghị định 235/2025/NĐ-CP (bổ sung Điều 4 Nghị định 45/2012/NĐ-CP)';
  const clause = Number(topCode.slice(2));
  return `Nghị định 45/2012/NĐ-CP, Điều 4 khoản ${clause} (sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP)`;
}

function row(c: CategorySeed, topCode: string, sortOrder: number, parentId: number | null) {
  return {
    code: c.code,
    name: c.name,
    parentId,
    legalBasis: legalBasis(topCode),
    validFrom: day(ADDED_2025.has(topCode) ? ND235_FROM : ND45_FROM),
    sortOrder,
    advanceShareBp: c.advanceShareBp ?? DEFAULT_ADVANCE_BP,
    dossierChecklist: ['THUYET_MINH', 'DU_TOAN', ...DOSSIER[c.profile], ...(c.extraDossier ?? [])],
    acceptanceChecklist: ['BIEN_BAN_NGHIEM_THU', 'BAO_CAO_KET_QUA', 'BANG_KHOI_LUONG', ...ACCEPTANCE[c.profile]],
  };
}

/** Inserts the tree (parents, then children) and returns code → id. */
export async function seedContentCategories(tx: SeedTx): Promise<Map<string, number>> {
  const parents = await tx.contentCategory.createManyAndReturn({
    data: CONTENT_CATEGORIES.map((c, i) => row(c, c.code, (i + 1) * 100, null)),
    select: { id: true, code: true },
  });
  const ids = new Map(parents.map((p) => [p.code, p.id]));
  const children = CONTENT_CATEGORIES.flatMap((parent, i) =>
    (parent.children ?? []).map((c, j) => row(c, parent.code, (i + 1) * 100 + j + 1, ids.get(parent.code)!)),
  );
  const created = await tx.contentCategory.createManyAndReturn({ data: children, select: { id: true, code: true } });
  for (const c of created) ids.set(c.code, c.id);
  return ids;
}
