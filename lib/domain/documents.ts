// Document kinds: the codes stored in Document.kind and in the dossier / acceptance checklists of
// each content category (ContentCategory.dossierChecklist, .acceptanceChecklist). DOMAIN.md
// "Acceptance documents" says which kinds each content needs; the checklists themselves are data.

export const DOCUMENT_KIND_LABELS = {
  // Hồ sơ đề án (dossier)
  THUYET_MINH: 'Thuyết minh đề án',
  DU_TOAN: 'Dự toán chi tiết kinh phí',
  BAO_GIA: 'Báo giá máy móc, thiết bị, dịch vụ',
  DKKD: 'Giấy chứng nhận đăng ký kinh doanh / đăng ký hợp tác xã',
  DON_DE_NGHI: 'Đơn đề nghị hỗ trợ của cơ sở',
  CAM_KET_DOI_UNG: 'Cam kết bố trí vốn đối ứng',
  CAM_KET_KHONG_TRUNG_LAP: 'Cam kết không nhận hỗ trợ từ nguồn ngân sách khác cho cùng nội dung',
  KE_HOACH_TO_CHUC: 'Kế hoạch tổ chức thực hiện',
  HO_SO_MOI_TRUONG: 'Hồ sơ môi trường',
  // Đề nghị hỗ trợ của cơ sở (attachments the facility adds to its own request)
  ANH_HIEN_TRANG: 'Ảnh hiện trạng nhà xưởng, máy móc',
  // Hồ sơ nghiệm thu (acceptance)
  BIEN_BAN_NGHIEM_THU: 'Biên bản nghiệm thu',
  BAO_CAO_KET_QUA: 'Báo cáo kết quả thực hiện đề án',
  BANG_KHOI_LUONG: 'Bảng tổng hợp khối lượng và kinh phí thực hiện',
  HOP_DONG_MUA_SAM: 'Hợp đồng mua sắm máy móc, thiết bị',
  BIEN_BAN_BAN_GIAO: 'Biên bản nghiệm thu, bàn giao máy móc, thiết bị',
  BIEN_BAN_THANH_LY_MUA_SAM: 'Biên bản thanh lý hợp đồng mua sắm',
  ANH_LAP_DAT: 'Ảnh chụp máy móc, thiết bị đã lắp đặt',
  HOA_DON: 'Hoá đơn tài chính',
  DANH_SACH_THAM_DU: 'Danh sách đại biểu tham dự',
  DANH_SACH_HOC_VIEN: 'Danh sách học viên',
  CHUNG_CHI: 'Chứng chỉ, giấy chứng nhận hoàn thành khoá học',
  HOP_DONG_GIAN_HANG: 'Hợp đồng thuê gian hàng',
  HOP_DONG_TU_VAN: 'Hợp đồng tư vấn, dịch vụ',
  SAN_PHAM_DAU_RA: 'Sản phẩm đầu ra (báo cáo tư vấn, mẫu thiết kế, giấy chứng nhận…)',
  BANG_KE_CHUNG_TU: 'Bảng kê chứng từ chi',
  // Quyết định, hợp đồng, tạm ứng, thanh toán, quyết toán
  QUYET_DINH: 'Quyết định',
  HOP_DONG: 'Hợp đồng thực hiện đề án',
  GIAY_DE_NGHI_TAM_UNG: 'Giấy đề nghị tạm ứng',
  GIAY_DE_NGHI_THANH_TOAN: 'Giấy đề nghị thanh toán',
  BIEN_BAN_THANH_LY: 'Biên bản thanh lý hợp đồng',
  BAO_CAO_QUYET_TOAN: 'Báo cáo quyết toán kinh phí',
  KHAC: 'Tài liệu khác',
} as const satisfies Record<string, string>;

export type DocumentKind = keyof typeof DOCUMENT_KIND_LABELS;

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

export function isDocumentKind(value: string): value is DocumentKind {
  return Object.hasOwn(DOCUMENT_KIND_LABELS, value);
}

/** What a facility attaches to its support request (đề nghị hỗ trợ): a quotation, photos, papers. */
export const SUPPORT_REQUEST_ATTACHMENT_KINDS = ['BAO_GIA', 'ANH_HIEN_TRANG', 'DKKD', 'CAM_KET_DOI_UNG', 'CAM_KET_KHONG_TRUNG_LAP', 'KHAC'] as const satisfies readonly DocumentKind[];

/** Enough for a quotation, a few photos and the papers; more is refused (a phone retrying in a loop, a mistake). */
export const SUPPORT_REQUEST_MAX_ATTACHMENTS = 10;

export function isSupportRequestAttachmentKind(value: string): value is (typeof SUPPORT_REQUEST_ATTACHMENT_KINDS)[number] {
  return (SUPPORT_REQUEST_ATTACHMENT_KINDS as readonly string[]).includes(value);
}

/** Label for a stored kind; an unknown code (e.g. from older data) is shown as it is. */
export function documentKindLabel(kind: string): string {
  return isDocumentKind(kind) ? DOCUMENT_KIND_LABELS[kind] : kind;
}
