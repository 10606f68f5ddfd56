// Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026 – 2030 (seed 001, a draft decision of
// the UBND thành phố with its appendix). The appendix is copied row by row exactly as written —
// including the typed-by-hand totals that do not match their years (group II row 7: 2+3+3+3+4 = 15,
// written 25). The portal shows such differences; it never corrects them.
import type { ProgrammeAppendix } from '../../lib/domain/programme-appendix';

export const HP_PROGRAMME = {
  code: 'KCDP-HP-2026-2030',
  name: 'Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026–2030',
  level: 'KCDP',
  startYear: 2026,
  endYear: 2030,
} as const;

/** Điều 1, mục I.2 "Mục tiêu cụ thể" of seed 001, shortened but with every figure as written. */
export const HP_PROGRAMME_OBJECTIVES = [
  'Mục tiêu cụ thể giai đoạn 2026–2030:',
  'a) Xây dựng 04 mô hình trình diễn kỹ thuật, phổ biến công nghệ mới, sản xuất sản phẩm mới; hỗ trợ 143 cơ sở chuyển giao, ứng dụng máy móc thiết bị, công nghệ tiên tiến vào sản xuất công nghiệp - tiểu thủ công nghiệp; hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường cho 04 cơ sở công nghiệp nông thôn; tổ chức 04 hội nghị, hội thảo, diễn đàn giới thiệu công nghệ, máy móc thiết bị hiện đại; hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường cho 04 cụm công nghiệp; duy trì quản lý, vận hành trang cơ sở dữ liệu cụm công nghiệp thành phố.',
  'b) Tổ chức 02 kỳ bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp xã, cấp thành phố; hỗ trợ xây dựng, đăng ký nhãn hiệu cho 08 cơ sở CNNT; tổ chức 02 hội chợ triển lãm Công Thương vùng Đồng bằng sông Hồng; tổ chức và tham gia 05 Hội chợ triển lãm hàng CNNT tiêu biểu khu vực phía Bắc; hỗ trợ 60 gian hàng cho các cơ sở CNNT tham gia hội chợ triển lãm trong nước; hỗ trợ 25 cơ sở đầu tư phòng trưng bày, giới thiệu sản phẩm; xây dựng 01 hệ thống thông tin, cơ sở dữ liệu về sản phẩm, ngành hàng, thị trường; mở 04 lớp đào tạo, tập huấn nâng cao năng lực thiết kế, phát triển sản phẩm.',
  'c) Hỗ trợ thành lập 03 hiệp hội, hội ngành nghề; hình thành 03 cụm liên kết ngành, chuỗi giá trị trong sản xuất, chế biến; hỗ trợ 18 cơ sở CNNT tham gia cụm liên kết ngành, chuỗi giá trị.',
  'd) Đào tạo, tập huấn, bồi dưỡng 375 cán bộ quản lý, kỹ thuật, thợ giỏi, nghệ nhân, người có tay nghề cao; đào tạo khởi sự kinh doanh, quản trị doanh nghiệp, sản xuất sạch hơn, sản xuất và tiêu dùng bền vững cho khoảng 140 học viên; tổ chức 04 hội thảo, diễn đàn chuyên đề áp dụng sản xuất sạch hơn.',
  'đ) Xuất bản 20 kỳ bản tin Công Thương (04 kỳ/năm); duy trì, nâng cấp Trang tin điện tử về khuyến công và sản xuất sạch hơn; hỗ trợ 12 cơ sở thuê tư vấn (lập dự án đầu tư, marketing, quản lý, thiết kế mẫu mã, bao bì, ứng dụng công nghệ mới); hỗ trợ ứng dụng khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh; hình thành các mô hình/cụm liên kết sản xuất - tiêu thụ - logistics trong chế biến nông lâm thủy sản, dệt may, thủ công mỹ nghệ; hỗ trợ chuyển đổi năng lượng xanh.',
  'e) Xây dựng Chương trình khuyến công thành phố giai đoạn 2031–2035; tổ chức Hội nghị tổng kết Chương trình giai đoạn 2026–2030; tổ chức 05 lớp tập huấn nghiệp vụ cho cán bộ khuyến công; tổ chức 05 đoàn tham quan, học tập kinh nghiệm; phát triển mạng lưới khuyến công và cộng tác viên cấp xã, đặc khu; ứng dụng công nghệ thông tin và tạo lập cơ sở dữ liệu về khuyến công.',
].join('\n');

/**
 * The approving decision. Seed 001 is a draft without number or date: "1234/QĐ-UBND" of 15/04/2026
 * is DEMO DATA, chosen so the programme can be shown as approved; the seed stores it as
 * "DEMO-1234/QĐ-UBND" (util.ts demoDecisionNumber) so nobody takes it for a real decision. The signer is the one named in the draft.
 */
export const HP_PROGRAMME_DECISION = {
  kind: 'PROGRAMME_APPROVAL',
  number: '1234/QĐ-UBND',
  issuedOn: '2026-04-15',
  issuer: 'UBND thành phố Hải Phòng',
  signer: 'Hoàng Minh Cường',
  signerTitle: 'Phó Chủ tịch UBND thành phố',
  legalBasis:
    'Nghị định 45/2012/NĐ-CP; Nghị định 235/2025/NĐ-CP; Thông tư 28/2018/TT-BTC; Quyết định 2646/QĐ-BCT ngày 23/9/2025; Nghị quyết 13/2025/NQ-HĐND ngày 25/7/2025; Tờ trình 1198/TTr-SCT ngày 11/3/2026',
  summary: 'Phê duyệt Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026 – 2030 (số quyết định là dữ liệu minh hoạ)',
} as const;

export const HP_PROGRAMME_APPENDIX: ProgrammeAppendix = {
  years: [2026, 2027, 2028, 2029, 2030],
  groups: [
    {
      code: 'I',
      name: 'Hỗ trợ xây dựng mô hình trình diễn kỹ thuật, chuyển giao công nghệ và ứng dụng máy móc tiên tiến, tiến bộ khoa học kỹ thuật vào sản xuất công nghiệp - tiểu thủ công nghiệp (TTCN); xây dựng các mô hình thí điểm về áp dụng sản xuất sạch hơn (SXSH); xây dựng các mô hình thí điểm về áp dụng sản xuất sạch hơn',
      items: [
        { itemNo: '1', name: 'Hỗ trợ xây dựng các mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản xuất sản phẩm mới', unit: 'Mô hình', values: [null, 1, 1, 1, 1], statedTotal: 4 },
        { itemNo: '2', name: 'Hỗ trợ chuyển giao, ứng dụng máy móc thiết bị, công nghệ tiên tiến, tự động hóa, công nghệ 4.0 vào các khâu sản xuất công nghiệp - tiểu thủ công nghiệp', unit: 'Cơ sở', values: [24, 29, 29, 29, 32], statedTotal: 143 },
        { itemNo: '3', name: 'Hỗ trợ các cơ sở công nghiệp nông thôn sửa chữa, nâng cấp hệ thống xử lý môi trường', unit: 'Cơ sở', values: [null, 1, 1, 1, 1], statedTotal: 4 },
        { itemNo: '4', name: 'Hỗ trợ tư vấn, đánh giá, áp dụng các giải pháp sản xuất sạch hơn trong công nghiệp', unit: 'Cơ sở', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '5', name: 'Hỗ trợ xây dựng mô hình thí điểm về áp dụng sản xuất sạch hơn và nhân rộng mô hình áp dụng', unit: 'Mô hình', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '6', name: 'Tổ chức hội nghị, hội thảo, diễn đàn, giới thiệu công nghệ, máy móc thiết bị hiện đại cho các cơ sở công nghiệp nông thôn.', unit: 'Hội nghị', values: [null, 1, 1, 1, 1], statedTotal: 4 },
        { itemNo: '7', name: 'Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường tại các cụm công nghiệp', unit: 'CCN', values: [null, null, null, null, null], statedTotal: null },
      ],
    },
    {
      code: 'II',
      name: 'Hỗ trợ phát triển sản phẩm công nghiệp nông thôn tiêu biểu',
      items: [
        { itemNo: '1', name: 'Tổ chức hội chợ triển lãm Công Thương vùng Đồng bằng sông Hồng', unit: 'Hội chợ', values: [null, 1, null, 1, null], statedTotal: 2 },
        { itemNo: '2', name: 'Tổ chức và tham gia Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc', unit: 'Kỳ HCTL', values: [1, 1, 1, 1, 1], statedTotal: 5 },
        { itemNo: '3', name: 'Tổ chức hội chợ, triển lãm hàng công nghiệp - tiểu thủ công nghiệp tại xã', unit: 'Hội chợ', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '4', name: 'Hỗ trợ các cơ sở công nghiệp nông thôn tham gia hội chợ triển lãm tại các tỉnh/thành phố trong nước', unit: 'Gian hàng', values: [12, 12, 12, 12, 12], statedTotal: 60 },
        { itemNo: '5', name: 'Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu (SPCNNTTB) cấp xã, thành phố.', unit: 'Cuộc bình chọn', values: [1, 1, null, 1, null], statedTotal: 3 },
        { itemNo: '6', name: 'Hỗ trợ xây dựng, đăng ký nhãn hiệu đối với sản phẩm công nghiệp nông thôn', unit: 'Nhãn hiệu', values: [null, 2, 2, 2, 2], statedTotal: 8 },
        // As written: the years add up to 15, the total says 25.
        { itemNo: '7', name: 'Hỗ trợ đầu tư các phòng trưng bày, giới thiệu sản phẩm công nghiệp nông thôn gắn với các khu du lịch, khu dân cư, trung tâm hành chính và các hoạt động xúc tiến thương mại khác (cấp xã, thành phố)', unit: 'Cơ sở', values: [2, 3, 3, 3, 4], statedTotal: 25 },
        { itemNo: '8', name: 'Hỗ trợ xây dựng hệ thống thông tin, cơ sở dữ liệu về sản phẩm, ngành hàng, thị trường', unit: 'Hệ thống cơ sở dữ liệu', values: [null, 1, null, null, null], statedTotal: 1 },
        { itemNo: '9', name: 'Đào tạo, tập huấn, phổ biến kiến thức nâng cao năng lực thiết kế, phát triển sản phẩm cho các cơ sở công nghiệp nông thôn', unit: 'Lớp', values: [null, 1, 1, 1, 1], statedTotal: 4 },
      ],
    },
    {
      code: 'III',
      name: 'Hỗ trợ liên doanh, liên kết; tham gia cụm liên kết ngành, chuỗi giá trị; hợp tác đầu tư phát triển các cụm công nghiệp',
      items: [
        { itemNo: '1', name: 'Hỗ trợ các cơ sở công nghiệp thành lập các hiệp hội, hội ngành nghề', unit: 'Hội', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '2', name: 'Hỗ trợ hình thành cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến', unit: 'Cụm liên kết', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '3', name: 'Hỗ trợ cơ sở công nghiệp nông thôn tham gia cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến', unit: 'Cơ sở', values: [null, null, null, null, null], statedTotal: null },
        { itemNo: '4', name: 'Quản lý, vận hành Cơ sở dữ liệu cụm công nghiệp thành phố Hải Phòng', unit: 'Cụm', values: [1, 1, 1, 1, 1], statedTotal: 5 },
      ],
    },
    {
      code: 'IV',
      name: 'Hỗ trợ phát triển nguồn nhân lực có chất lượng, nâng cao năng lực quản lý doanh nghiệp',
      items: [
        { itemNo: '1', name: 'Đào tạo cán bộ quản lý, kỹ thuật; bồi dưỡng nâng cao cho nghệ nhân tiêu thủ công nghiệp, người có tay nghề cao', unit: 'Người', values: [75, 75, 75, 75, 75], statedTotal: 375 },
        { itemNo: '2', name: 'Đào tạo giảng viên, báo cáo viên, đội ngũ cán bộ chuyên sâu về sản xuất sạch hơn', unit: 'Người', values: [null, 35, 35, 35, 35], statedTotal: 140 },
        { itemNo: '3', name: 'Đào tạo khởi sự kinh doanh, quản trị doanh nghiệp, nhận thức và năng lực áp dụng sản xuất sạch hơn trong sản xuất công nghiệp (01 lớp 40 học viên)', unit: 'Lớp', values: [null, 1, 1, 1, 1], statedTotal: 4 },
        { itemNo: '4', name: 'Hội thảo, diễn đàn chuyên đề về áp dụng sản xuất sạch hơn trong sản xuất công nghiệp', unit: 'Hội nghị', values: [null, 1, 1, 1, 1], statedTotal: 4 },
      ],
    },
    {
      code: 'V',
      name: 'Hỗ trợ tư vấn thông tin phát triển công nghiệp nông thôn; công tác truyền thông',
      items: [
        { itemNo: '1', name: 'Xuất bản Bản tin Công Thương (04 kỳ/năm)', unit: 'Kỳ', values: [4, 4, 4, 4, 4], statedTotal: 20 },
        { itemNo: '2', name: 'Duy trì hoạt động, nâng cấp Trang tin điện tử, nâng cao chất lượng hoạt động cung cấp thông tin, tuyên truyền và phổ biến cơ sở dữ liệu về khuyến công và sản xuất sạch hơn', unit: 'Năm', values: [1, 1, 1, 1, 1], statedTotal: 5 },
        { itemNo: '3', name: 'Hỗ trợ thuê tư vấn, hướng dẫn lập dự án đầu tư; marketing; quản lý sản xuất, tài chính, kế toán, nhân lực, liên doanh, liên kết sản xuất kinh doanh và thiết kế mẫu mã, bao bì đóng gói; ứng dụng công nghệ, thiết bị mới liên quan đến sản xuất công nghiệp nông thôn', unit: 'Cơ sở', values: [null, 3, 3, 3, 3], statedTotal: 12 },
        { itemNo: '4', name: 'Tập huấn, phổ biến, hướng dẫn tiếp cận các chính sách ưu đãi đầu tư, chính sách đất đai, chính sách khoa học công nghệ, chính sách tài chính - tín dụng và các chính sách ưu đãi khác của Nhà nước', unit: 'Hội nghị', values: [null, null, null, null, null], statedTotal: null },
      ],
    },
    {
      code: 'VI',
      name: 'Nâng cao năng lực tổ chức thực hiện các hoạt động khuyến công, sản xuất sạch hơn, công nghiệp nông thôn và cụm công nghiệp',
      items: [
        { itemNo: '1', name: 'Xây dựng Chương trình khuyến công thành phố Hải Phòng giai đoạn 2031-2035', unit: 'Đoàn', values: [null, null, null, null, 1], statedTotal: 1 },
        { itemNo: '2', name: 'Tổ chức Hội nghị tổng kết Chương trình khuyến công thành phố giai đoạn 2026-2030', unit: 'Hội nghị', values: [null, null, null, null, 1], statedTotal: 1 },
        { itemNo: '3', name: 'Tập huấn chuyên môn, bồi dưỡng nghiệp vụ cho cán bộ làm công tác khuyến công', unit: 'Hội nghị', values: [1, 1, 1, 1, 1], statedTotal: 5 },
        { itemNo: '4', name: 'Tổ chức đoàn tham quan, học tập kinh nghiệm, liên kết phát triển ngành nghề công nghiệp nông thôn, CNHT, sản xuất sạch hơn và cụm công nghiệp tại các tỉnh, thành phố', unit: 'Đoàn', values: [1, 1, 1, 1, 1], statedTotal: 5 },
        { itemNo: '5', name: 'Chi thù lao cho Cộng tác viên khuyến công', unit: 'Năm', values: [1, 1, 1, 1, 1], statedTotal: 5 },
        { itemNo: '6', name: 'Ứng dụng Dữ liệu công nghệ thông tin vào quản lý hoạt động khuyến công.', unit: 'Chương trình', values: [null, 1, null, null, null], statedTotal: 1 },
      ],
    },
  ],
};

/**
 * Content category of each appendix row ("I.2" → KC03.4). A judgement on which Nghị định 45 content
 * each row belongs to; rows whose content spans a whole group point at the group's parent category.
 */
export const HP_TARGET_CATEGORY: Record<string, string> = {
  'I.1': 'KC03.1',
  'I.2': 'KC03.4',
  'I.3': 'KC07.5',
  'I.4': 'KC03.5',
  'I.5': 'KC03.5',
  'I.6': 'KC03.3',
  'I.7': 'KC07.5',
  'II.1': 'KC04.2',
  'II.2': 'KC04.3',
  'II.3': 'KC04.2',
  'II.4': 'KC04.3',
  'II.5': 'KC04.1',
  'II.6': 'KC04.4',
  'II.7': 'KC04.5',
  'II.8': 'KC04.6',
  'II.9': 'KC01',
  'III.1': 'KC07.1',
  'III.2': 'KC07',
  'III.3': 'KC07',
  'III.4': 'KC07.3',
  'IV.1': 'KC02',
  'IV.2': 'KC11',
  'IV.3': 'KC02.5',
  'IV.4': 'KC11',
  'V.1': 'KC06',
  'V.2': 'KC06',
  'V.3': 'KC05',
  'V.4': 'KC05',
  'VI.1': 'KC09',
  'VI.2': 'KC09',
  'VI.3': 'KC09',
  'VI.4': 'KC09',
  'VI.5': 'KC09',
  'VI.6': 'KC09',
};
