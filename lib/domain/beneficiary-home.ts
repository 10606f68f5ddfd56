// The facility's home (issue 13): its đề án in plain words and the one thing it must do next.
// Pure: the server gathers the facts (lib/server/home/find-beneficiary-home.ts), this decides.
import type { FacilityVerification, SupportRequestStatus } from './lifecycle/beneficiary';
import type { ProjectStatus } from './lifecycle/project';

/** A đề án's state as a workshop owner would say it. */
export const PROJECT_PLAIN_STATUS: Record<ProjectStatus, string> = {
  DRAFT: 'Trung tâm đang lập hồ sơ đề án',
  SUBMITTED: 'Đã nộp, chờ Sở Công Thương thẩm định',
  APPRAISED: 'Thẩm định đạt, chờ phê duyệt',
  REJECTED: 'Không được phê duyệt',
  APPROVED: 'Đã được phê duyệt, chờ ký hợp đồng',
  CONTRACTED: 'Đã ký hợp đồng, chuẩn bị thực hiện',
  IN_PROGRESS: 'Đang thực hiện (mua sắm, lắp đặt)',
  UNDER_ACCEPTANCE: 'Đang nghiệm thu: nộp đủ giấy tờ',
  ACCEPTED: 'Đã nghiệm thu, chờ thanh toán',
  LIQUIDATED: 'Đã thanh lý hợp đồng',
  SETTLED: 'Đã quyết toán',
  CLOSED: 'Đã hoàn thành',
  STOPPED: 'Đã dừng',
};

export interface BeneficiaryFacts {
  verification: FacilityVerification;
  verificationNote: string | null;
  /** "xã An Lão": who verifies. */
  adminUnitName: string;
  /** Đề án with acceptance papers still missing (count > 0), and until when (the đề án's end date). */
  missingDocuments: { projectId: number; code: string; count: number; dueOn: Date | null }[];
  /** The facility's newest support request, if any. */
  latestRequest: { id: number; title: string; status: SupportRequestStatus; refusalReason: string | null; year: number } | null;
  /** The registration round open now, if any. */
  openRound: { year: number; deadline: Date } | null;
}

export interface NextAction {
  /** Short, distinct per stage: the banner's heading. */
  title: string;
  body: string;
  href: string | null;
  linkLabel: string | null;
  dueOn: Date | null;
  tone: 'info' | 'warning' | 'success';
}

/** The one next step shown at the top of the facility's home. */
export function beneficiaryNextAction(f: BeneficiaryFacts): NextAction {
  if (f.verification === 'PENDING') {
    return {
      title: 'Chờ xác minh đăng ký',
      body: `UBND ${f.adminUnitName} hoặc Trung tâm Khuyến công đang xác minh thông tin cơ sở. Sau khi được xác minh, cơ sở gửi được đề nghị hỗ trợ. Bạn chưa cần làm gì thêm.`,
      href: null,
      linkLabel: null,
      dueOn: null,
      tone: 'info',
    };
  }
  if (f.verification === 'REFUSED') {
    return {
      title: 'Đăng ký chưa được xác minh',
      body: `Lý do: ${f.verificationNote ?? 'không ghi'}. Liên hệ UBND ${f.adminUnitName} để bổ sung thông tin.`,
      href: null,
      linkLabel: null,
      dueOn: null,
      tone: 'warning',
    };
  }
  const papers = f.missingDocuments.find((m) => m.count > 0);
  if (papers) {
    return {
      title: 'Nộp giấy tờ nghiệm thu còn thiếu',
      body: `Đề án ${papers.code} còn thiếu ${papers.count} giấy tờ nghiệm thu.`,
      href: `/de-an/${papers.projectId}`,
      linkLabel: 'Xem đề án và giấy tờ',
      dueOn: papers.dueOn,
      tone: 'warning',
    };
  }
  const r = f.latestRequest;
  const deadline = f.openRound?.deadline ?? null;
  if (r?.status === 'DRAFT') {
    return {
      title: 'Hoàn thiện và gửi đề nghị hỗ trợ',
      body: `Đề nghị “${r.title}” đang soạn, chưa gửi xã.`,
      href: `/de-nghi-ho-tro/${r.id}`,
      linkLabel: 'Mở đề nghị',
      dueOn: deadline,
      tone: 'warning',
    };
  }
  if (r?.status === 'SENT') {
    return {
      title: 'Chờ xã xem xét đề nghị',
      body: `Đề nghị “${r.title}” đã gửi UBND ${f.adminUnitName}. Xã sẽ đưa vào kế hoạch năm ${r.year} hoặc trả lời lý do.`,
      href: `/de-nghi-ho-tro/${r.id}`,
      linkLabel: 'Xem đề nghị',
      dueOn: deadline,
      tone: 'info',
    };
  }
  if (r?.status === 'TAKEN') {
    return {
      title: 'Đề nghị đã vào kế hoạch năm',
      body: `Đề nghị “${r.title}” đã được đưa vào kế hoạch khuyến công năm ${r.year}. Trung tâm Khuyến công sẽ liên hệ lập đề án khi kế hoạch được duyệt.`,
      href: `/de-nghi-ho-tro/${r.id}`,
      linkLabel: 'Xem đề nghị',
      dueOn: null,
      tone: 'success',
    };
  }
  return {
    title: 'Lập đề nghị hỗ trợ',
    body:
      r?.status === 'REFUSED'
        ? `Đề nghị “${r.title}” không được đưa vào kế hoạch (lý do: ${r.refusalReason ?? 'không ghi'}). Bạn có thể lập đề nghị mới.`
        : 'Cơ sở đã được xác minh. Lập đề nghị hỗ trợ: nội dung, thiết bị, kinh phí dự kiến và phần vốn đối ứng.',
    href: '/de-nghi-ho-tro/moi',
    linkLabel: 'Lập đề nghị hỗ trợ',
    dueOn: deadline,
    tone: 'info',
  };
}
