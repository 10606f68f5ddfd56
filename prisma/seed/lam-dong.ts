// Lâm Đồng: a second tenant, just enough to prove that one province never sees another's records.
// Its places, bodies and facilities are seeded with Hải Phòng's (xa.ts, organizations.ts,
// facilities.ts); here are its two đề án. Seed 004 describes Lâm Đồng's "hỗ trợ có thu hồi": support
// from the local budget (KCĐP) for workshops and machinery, repaid on a schedule. Decision numbers,
// people and amounts are invented.
import type { DecisionSpec, ProjectSpec } from './project-spec';

const BY_LD_SCT: DecisionSpec = {
  number: '245/QĐ-SCT',
  issuer: 'Sở Công Thương tỉnh Lâm Đồng',
  signer: 'Nguyễn Đức Thịnh',
  signerTitle: 'Phó Giám đốc Sở Công Thương',
  legalBasis: 'Nghị định 45/2012/NĐ-CP; quy định về hỗ trợ có thu hồi kinh phí khuyến công của tỉnh Lâm Đồng',
};

export const LD_PROJECTS: ProjectSpec[] = [
  {
    province: 'LD',
    code: 'KCĐP-2024-003',
    name: 'Hỗ trợ có thu hồi kinh phí đầu tư nhà xưởng, máy rang cà phê tại Công ty TNHH Cà phê Di Linh Xanh',
    year: 2024,
    fundingLevel: 'KCDP',
    category: 'KC03.4',
    xa: 'Di Linh',
    place: 'xã Di Linh',
    status: 'SETTLED',
    regime: 'ND45_2012',
    isRecoverable: true,
    description: 'Hỗ trợ có thu hồi để xây dựng nhà xưởng và mua máy rang cà phê; cơ sở hoàn trả trong 3 năm.',
    expectedOutputs: 'Nhà xưởng 400 m² và 01 máy rang cà phê 60 kg/mẻ đưa vào sử dụng.',
    startDate: '2024-04-10',
    endDate: '2024-09-30',
    beneficiaries: [{ facility: 'ca-phe-di-linh', equipment: 'Nhà xưởng chế biến cà phê, máy rang cà phê 60 kg/mẻ' }],
    lines: [
      { item: 'Nhà xưởng chế biến cà phê (kết cấu thép)', unit: 'm²', qty: '400', price: 2_500_000n, state: 300_000_000n },
      { item: 'Máy rang cà phê 60 kg/mẻ', unit: 'Chiếc', qty: '1', price: 480_000_000n, state: 240_000_000n },
    ],
    normExceptionNote: 'Hỗ trợ có thu hồi kinh phí theo quy định của tỉnh Lâm Đồng (nhà xưởng, máy móc thiết bị); không áp dụng mức hỗ trợ không thu hồi.',
    created: '2023-11-10',
    steps: [
      ['submit', '2023-11-20'],
      ['appraisePass', '2023-12-20'],
      ['approve', '2024-03-15'],
      ['signContract', '2024-04-10'],
      ['start', '2024-04-15'],
      ['requestAcceptance', '2024-10-07'],
      ['acceptancePassed', '2024-10-18'],
      ['liquidate', '2024-11-05'],
      ['settle', '2024-12-20'],
    ],
    approval: BY_LD_SCT,
    payments: [
      { kind: 'ADVANCE', amount: 'ADVANCE_SHARE', status: 'PAID', created: '2024-04-15', sent: '2024-04-16', decided: '2024-04-22' },
      { kind: 'PAYMENT', amount: 'REMAINDER', status: 'PAID', created: '2024-10-21', sent: '2024-10-22', decided: '2024-10-29' },
    ],
    settlement: { status: 'APPROVED', created: '2024-11-25' },
    repayment: {
      status: 'ON_TIME',
      installments: [
        ['2025-06-30', 180_000_000n],
        ['2026-06-30', 180_000_000n],
        ['2027-06-30', 180_000_000n],
      ],
      repayments: [
        ['2025-06-25', 180_000_000n],
        // The second instalment was only partly repaid: late since 01/07/2026.
        ['2026-06-29', 100_000_000n],
      ],
      note: 'Hoàn trả 3 kỳ, mỗi kỳ 180.000.000 đồng, hạn 30/6 hằng năm; kỳ 2 mới trả 100.000.000 đồng.',
    },
  },
  {
    province: 'LD',
    code: 'KCQG-2026-001',
    name: 'Hỗ trợ ứng dụng hệ thống rửa, sơ chế rau củ quả tại Hợp tác xã Rau an toàn Đức Trọng',
    year: 2026,
    fundingLevel: 'KCQG',
    category: 'KC03.4',
    xa: 'Đức Trọng',
    place: 'xã Đức Trọng',
    status: 'APPROVED',
    regime: 'ND235_2025',
    description: 'Cơ giới hoá khâu rửa, sơ chế rau củ quả và bảo quản lạnh.',
    expectedOutputs: '01 hệ thống rửa sục ozone và 01 kho lạnh 30 m³.',
    beneficiaries: [{ facility: 'rau-duc-trong', equipment: 'Hệ thống rửa, sơ chế rau củ quả sục ozone; kho lạnh 30 m³' }],
    lines: [
      { item: 'Hệ thống rửa, sơ chế rau củ quả bằng sục khí ozone', unit: 'Hệ thống', qty: '1', price: 380_000_000n, state: 190_000_000n },
      { item: 'Kho lạnh bảo quản 30 m³', unit: 'Kho', qty: '1', price: 260_000_000n, state: 0n },
    ],
    created: '2025-06-02',
    steps: [
      ['submit', '2025-06-10'],
      ['appraisePass', '2025-07-15'],
      ['approve', '2026-01-20'],
    ],
    approval: {
      number: '121/QĐ-BCT',
      issuer: 'Bộ Công Thương',
      signer: 'Lê Quang Minh',
      signerTitle: 'Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
      legalBasis: 'Nghị định 45/2012/NĐ-CP; Thông tư 28/2018/TT-BTC; Thông tư 46/2012/TT-BCT',
      summary: 'Giao kế hoạch và kinh phí khuyến công quốc gia năm 2026 cho các đề án của tỉnh Lâm Đồng',
    },
  },
];
