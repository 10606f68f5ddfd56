// Cơ sở CNNT of the demo: 30 in Hải Phòng (both former areas, two đặc khu, one phường craft village),
// 3 in Lâm Đồng. Names, people, MSTs and phone numbers are invented; trades follow each area's
// well-known rural industries. xã Nam Sách and xã Vĩnh Bảo carry several facilities: tests use them.
import type { LegalForm } from '../generated/client/enums';
import type { Places } from './xa';
import type { SeedTx } from './types';
import { need } from './util';

export interface FacilitySeed {
  key: string;
  province: 'HP' | 'LD';
  unit: string;
  name: string;
  legalForm: LegalForm;
  taxCode: string;
  address: string;
  sector: string;
  representative: string;
  phone: string;
  craftVillageName?: string;
}

const hp = (f: Omit<FacilitySeed, 'province'>): FacilitySeed => ({ province: 'HP', ...f });
const ld = (f: Omit<FacilitySeed, 'province'>): FacilitySeed => ({ province: 'LD', ...f });

export const FACILITIES: FacilitySeed[] = [
  // xã Nam Sách (Phía Tây)
  hp({ key: 'hong-phong', unit: 'Nam Sách', name: 'Công ty TNHH Vật liệu xây dựng Hồng Phong', legalForm: 'DNNVV', taxCode: '0801245873', address: 'Khu dân cư Hồng Phong, xã Nam Sách', sector: 'Sản xuất gạch không nung, vật liệu xây dựng', representative: 'Nguyễn Văn Hải', phone: '0912486237' }),
  hp({ key: 'dong-lac', unit: 'Nam Sách', name: 'Hợp tác xã Chế biến nông sản Đồng Lạc', legalForm: 'HTX', taxCode: '0801376514', address: 'Khu dân cư Đồng Lạc, xã Nam Sách', sector: 'Sơ chế, chế biến hành, tỏi, củ đậu', representative: 'Bùi Văn Toàn', phone: '0983215468' }),
  hp({ key: 'co-khi-nam-sach', unit: 'Nam Sách', name: 'Công ty TNHH Cơ khí chính xác Nam Sách', legalForm: 'DNNVV', taxCode: '0801459027', address: 'Khu dân cư Hồng Phong, xã Nam Sách', sector: 'Gia công cơ khí chính xác', representative: 'Phạm Quang Vinh', phone: '0904731582' }),
  hp({ key: 'tran-van-khai', unit: 'Nam Sách', name: 'Hộ kinh doanh Trần Văn Khải', legalForm: 'HO_KINH_DOANH', taxCode: '0802137745', address: 'Khu dân cư Đồng Lạc, xã Nam Sách', sector: 'Mộc dân dụng, đồ gỗ nội thất', representative: 'Trần Văn Khải', phone: '0975338102' }),
  hp({ key: 'may-tre-nam-sach', unit: 'Nam Sách', name: 'Tổ hợp tác Mây tre đan Nam Sách', legalForm: 'TO_HOP_TAC', taxCode: '0801583306', address: 'Khu dân cư thị trấn Nam Sách cũ, xã Nam Sách', sector: 'Mây tre đan xuất khẩu', representative: 'Nguyễn Thị Thoa', phone: '0368442915' }),
  // xã Vĩnh Bảo (Phía Đông)
  hp({ key: 'go-vinh-bao', unit: 'Vĩnh Bảo', name: 'Công ty TNHH Đồ gỗ mỹ nghệ Vĩnh Bảo', legalForm: 'DNNVV', taxCode: '0201864239', address: 'Khu dân cư Tân Hưng, xã Vĩnh Bảo', sector: 'Đồ gỗ mỹ nghệ, tượng gỗ', representative: 'Hoàng Văn Phúc', phone: '0904617358' }),
  hp({ key: 'nam-tan-lien', unit: 'Vĩnh Bảo', name: 'Hợp tác xã Sản xuất và chế biến nấm Tân Liên', legalForm: 'HTX', taxCode: '0201935570', address: 'Khu dân cư Tân Liên, xã Vĩnh Bảo', sector: 'Sản xuất phôi nấm, chế biến nấm', representative: 'Phạm Thị Hường', phone: '0936205781' }),
  hp({ key: 'may-tan-hung', unit: 'Vĩnh Bảo', name: 'Công ty TNHH May mặc Tân Hưng', legalForm: 'DNNVV', taxCode: '0202048816', address: 'Khu dân cư Tân Hưng, xã Vĩnh Bảo', sector: 'May mặc', representative: 'Đỗ Thị Thanh Hoa', phone: '0915774062' }),
  hp({ key: 'banh-da-vinh-bao', unit: 'Vĩnh Bảo', name: 'Hộ kinh doanh Phạm Thị Nhàn', legalForm: 'HO_KINH_DOANH', taxCode: '0202173394', address: 'Khu dân cư Vĩnh Hưng, xã Vĩnh Bảo', sector: 'Sản xuất bánh đa, bún khô', representative: 'Phạm Thị Nhàn', phone: '0388519640' }),
  // other xã, Phía Tây
  hp({ key: 'gom-thai-tan', unit: 'Thái Tân', name: 'Hợp tác xã Gốm mỹ nghệ Thái Tân', legalForm: 'HTX', taxCode: '0801627748', address: 'Khu dân cư Thái Tân, xã Thái Tân', sector: 'Gốm mỹ nghệ', representative: 'Lê Văn Chiến', phone: '0868304517' }),
  hp({ key: 'nong-san-thanh-ha', unit: 'Thanh Hà', name: 'Công ty TNHH Chế biến nông sản Thanh Hà', legalForm: 'DNNVV', taxCode: '0801702285', address: 'xã Thanh Hà', sector: 'Sấy, chế biến vải thiều và nông sản', representative: 'Vũ Đình Khánh', phone: '0913562804' }),
  hp({ key: 'vu-van-binh', unit: 'Hà Đông', name: 'Hộ kinh doanh Vũ Văn Bình', legalForm: 'HO_KINH_DOANH', taxCode: '0802291176', address: 'xã Hà Đông', sector: 'Sấy vải, nhãn', representative: 'Vũ Văn Bình', phone: '0979460213' }),
  hp({ key: 'go-dong-giao', unit: 'Cẩm Giàng', name: 'Công ty TNHH Chạm khắc gỗ Đông Giao', legalForm: 'DNNVV', taxCode: '0801814460', address: 'Khu dân cư Lương Điền, xã Cẩm Giàng', sector: 'Chạm khắc gỗ, đồ gỗ mỹ nghệ', representative: 'Nguyễn Văn Sáng', phone: '0982147336' }),
  hp({ key: 'co-khi-cam-giang', unit: 'Cẩm Giàng', name: 'Công ty TNHH Cơ khí Cẩm Giàng', legalForm: 'DNNVV', taxCode: '0801925517', address: 'Khu dân cư Ngọc Liên, xã Cẩm Giàng', sector: 'Gia công cơ khí, kết cấu thép', representative: 'Trịnh Văn Quân', phone: '0904332719' }),
  hp({ key: 'giay-binh-giang', unit: 'Bình Giang', name: 'Công ty TNHH Giày da Bình Giang', legalForm: 'DNNVV', taxCode: '0802016693', address: 'xã Bình Giang', sector: 'Sản xuất giày dép, đồ da', representative: 'Phạm Văn Lực', phone: '0945621087' }),
  hp({ key: 'banh-gai-ninh-giang', unit: 'Ninh Giang', name: 'Công ty TNHH Bánh gai truyền thống Ninh Giang', legalForm: 'DNNVV', taxCode: '0802248105', address: 'xã Ninh Giang', sector: 'Chế biến thực phẩm (bánh gai)', representative: 'Đinh Thị Lan', phone: '0912908475' }),
  hp({ key: 'det-kim-gia-loc', unit: 'Gia Lộc', name: 'Công ty TNHH Dệt kim Gia Lộc', legalForm: 'DNNVV', taxCode: '0802356238', address: 'xã Gia Lộc', sector: 'Dệt kim, may mặc', representative: 'Nguyễn Thị Hằng', phone: '0934517620' }),
  hp({ key: 'nong-san-tu-ky', unit: 'Tứ Kỳ', name: 'Hợp tác xã Nông sản sạch Tứ Kỳ', legalForm: 'HTX', taxCode: '0802465541', address: 'xã Tứ Kỳ', sector: 'Sơ chế, đóng gói nông sản', representative: 'Lương Văn Hòa', phone: '0367884129' }),
  hp({ key: 'co-khi-kim-thanh', unit: 'Kim Thành', name: 'Công ty TNHH Cơ khí Kim Thành', legalForm: 'DNNVV', taxCode: '0802574452', address: 'xã Kim Thành', sector: 'Chế tạo máy nông nghiệp', representative: 'Mạc Văn Tùng', phone: '0916703258' }),
  hp({ key: 'may-tre-thanh-mien', unit: 'Thanh Miện', name: 'Hộ kinh doanh Đỗ Văn Tiến', legalForm: 'HO_KINH_DOANH', taxCode: '0802683367', address: 'xã Thanh Miện', sector: 'Mây tre đan', representative: 'Đỗ Văn Tiến', phone: '0389651204' }),
  hp({ key: 'thuc-pham-tue-tinh', unit: 'Tuệ Tĩnh', name: 'Công ty TNHH Thực phẩm Tuệ Tĩnh', legalForm: 'DNNVV', taxCode: '0802801183', address: 'xã Tuệ Tĩnh', sector: 'Chế biến thực phẩm', representative: 'Phạm Minh Đức', phone: '0914827305' }),
  // phường Phạm Sư Mạnh: eligible only as a recognised craft village (see xa.ts)
  hp({ key: 'ren-duong-nham', unit: 'Phạm Sư Mạnh', name: 'Hộ kinh doanh Nguyễn Văn Hùng', legalForm: 'HO_KINH_DOANH', taxCode: '0802792278', address: 'Làng Dương Nham, phường Phạm Sư Mạnh', sector: 'Rèn dao, kéo, nông cụ', representative: 'Nguyễn Văn Hùng', phone: '0984306752', craftVillageName: 'Làng nghề rèn Dương Nham' }),
  // other xã, Phía Đông
  hp({ key: 'co-khi-an-lao', unit: 'An Lão', name: 'Công ty TNHH Cơ khí đúc An Lão', legalForm: 'DNNVV', taxCode: '0202287760', address: 'xã An Lão', sector: 'Đúc kim loại, cơ khí', representative: 'Lê Văn Thịnh', phone: '0903428916' }),
  hp({ key: 'coi-kien-thuy', unit: 'Kiến Thụy', name: 'Hợp tác xã Thủ công mỹ nghệ cói Kiến Thụy', legalForm: 'HTX', taxCode: '0202396473', address: 'xã Kiến Thụy', sector: 'Dệt chiếu, đan cói', representative: 'Nguyễn Thị Vân', phone: '0354297318' }),
  hp({ key: 'nong-san-tien-lang', unit: 'Tiên Lãng', name: 'Công ty TNHH Chế biến nông sản Tiên Lãng', legalForm: 'DNNVV', taxCode: '0202405186', address: 'xã Tiên Lãng', sector: 'Chế biến, đóng gói nông sản', representative: 'Vũ Văn Hưng', phone: '0917236845' }),
  hp({ key: 'le-van-dung', unit: 'Tiên Minh', name: 'Hộ kinh doanh Lê Văn Dũng', legalForm: 'HO_KINH_DOANH', taxCode: '0202514809', address: 'xã Tiên Minh', sector: 'Đồ gỗ dân dụng', representative: 'Lê Văn Dũng', phone: '0976840531' }),
  hp({ key: 'bao-bi-an-hung', unit: 'An Hưng', name: 'Công ty TNHH Bao bì An Hưng', legalForm: 'DNNVV', taxCode: '0202623712', address: 'xã An Hưng', sector: 'Sản xuất bao bì giấy', representative: 'Trần Văn Kiên', phone: '0936118274' }),
  hp({ key: 'theu-nguyen-binh-khiem', unit: 'Nguyễn Bỉnh Khiêm', name: 'Tổ hợp tác Thêu ren Nguyễn Bỉnh Khiêm', legalForm: 'TO_HOP_TAC', taxCode: '0202732635', address: 'xã Nguyễn Bỉnh Khiêm', sector: 'Thêu ren thủ công', representative: 'Phạm Thị Duyên', phone: '0387402569' }),
  // đặc khu
  hp({ key: 'hai-san-hoang-chau', unit: 'Cát Hải', name: 'Hợp tác xã Chế biến hải sản Hoàng Châu', legalForm: 'HTX', taxCode: '0202841558', address: 'Khu dân cư Hoàng Châu, đặc khu Cát Hải', sector: 'Chế biến nước mắm, hải sản', representative: 'Đào Văn Biển', phone: '0912573640' }),
  hp({ key: 'hai-san-bach-long-vi', unit: 'Bạch Long Vĩ', name: 'Hộ kinh doanh Nguyễn Văn Khơi', legalForm: 'HO_KINH_DOANH', taxCode: '0202950461', address: 'đặc khu Bạch Long Vĩ', sector: 'Chế biến hải sản khô', representative: 'Nguyễn Văn Khơi', phone: '0398215736' }),
  // Lâm Đồng
  ld({ key: 'ca-phe-di-linh', unit: 'Di Linh', name: 'Công ty TNHH Cà phê Di Linh Xanh', legalForm: 'DNNVV', taxCode: '5801246637', address: 'xã Di Linh', sector: 'Chế biến cà phê rang xay', representative: 'Nguyễn Hữu Tâm', phone: '0918624371' }),
  ld({ key: 'rau-duc-trong', unit: 'Đức Trọng', name: 'Hợp tác xã Rau an toàn Đức Trọng', legalForm: 'HTX', taxCode: '5801357708', address: 'xã Đức Trọng', sector: 'Sơ chế, đóng gói rau củ quả', representative: 'Lê Thị Thu Trang', phone: '0977513246' }),
  ld({ key: 'to-tam-nam-ban', unit: 'Nam Ban Lâm Hà', name: 'Hợp tác xã Ươm tơ dệt lụa Nam Ban', legalForm: 'HTX', taxCode: '5801468819', address: 'xã Nam Ban Lâm Hà', sector: 'Ươm tơ, dệt lụa', representative: 'Phan Văn Lợi', phone: '0905342718' }),
];

export interface SeededFacility {
  id: number;
  key: string;
  name: string;
  provinceId: number;
  adminUnitId: number;
  taxCode: string;
}

export async function seedFacilities(tx: SeedTx, places: Places): Promise<Map<string, SeededFacility>> {
  const created = await tx.facility.createManyAndReturn({
    data: FACILITIES.map((f) => ({
      provinceId: f.province === 'HP' ? places.hp : places.ld,
      adminUnitId: need(f.province === 'HP' ? places.hpUnits : places.ldUnits, f.unit, 'admin unit'),
      name: f.name,
      legalForm: f.legalForm,
      taxCode: f.taxCode,
      address: f.address,
      sector: f.sector,
      representative: f.representative,
      phone: f.phone,
      inRecognizedCraftVillage: f.craftVillageName !== undefined,
      craftVillageName: f.craftVillageName ?? null,
    })),
    select: { id: true, name: true, provinceId: true, adminUnitId: true, taxCode: true },
  });
  const byTaxCode = new Map(created.map((c) => [`${c.provinceId}:${c.taxCode}`, c]));
  const result = new Map<string, SeededFacility>();
  for (const f of FACILITIES) {
    const row = need(byTaxCode, `${f.province === 'HP' ? places.hp : places.ld}:${f.taxCode}`, 'facility');
    result.set(f.key, { ...row, key: f.key });
  }
  return result;
}
