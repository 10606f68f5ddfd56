// The facility's home (issue 13): its đề án in plain words and the one thing it must do next.
// Pure: the server gathers the facts (lib/server/home/find-beneficiary-home.ts), this decides.
import { ACCEPTANCE_LIFECYCLE, type AcceptanceStatus } from './lifecycle/acceptance';
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
  /** The open acceptance round of each đề án under acceptance: its state, papers missing or sent back, until when (the đề án's end date). */
  dossiers: DossierFacts[];
  /** The facility's newest support request, if any, with the đề án the plan decision made of it. */
  latestRequest: {
    id: number;
    title: string;
    status: SupportRequestStatus;
    refusalReason: string | null;
    year: number;
    project?: { id: number; code: string; status: ProjectStatus } | null;
  } | null;
  /** The registration round open now, if any. */
  openRound: { year: number; deadline: Date } | null;
}

export interface DossierFacts {
  projectId: number;
  code: string;
  acceptanceId: number;
  status: AcceptanceStatus;
  /** Required papers not (or no longer) filed. */
  missing: number;
  /** Papers the Trung tâm sent back with a comment. */
  toReplace: number;
  dueOn: Date | null;
}

/** The rounds in which the beneficiary has to act (upload, replace, hand in). */
const DOSSIER_BENEFICIARY_TURN: readonly AcceptanceStatus[] = ACCEPTANCE_LIFECYCLE.events.submitDossier.from;
const DOSSIER_HANDED_IN: AcceptanceStatus = ACCEPTANCE_LIFECYCLE.events.submitDossier.to;

export interface NextAction {
  /** Short, distinct per stage: the banner's heading. */
  title: string;
  body: string;
  href: string | null;
  linkLabel: string | null;
  dueOn: Date | null;
  tone: 'info' | 'warning' | 'success';
}

type Destination = Pick<NextAction, 'href' | 'linkLabel' | 'dueOn'>;

/** Nothing to open on the portal: the facility waits, or acts elsewhere. */
const NOWHERE: Destination = { href: null, linkLabel: null, dueOn: null };

/** The acceptance dossier; the facility's papers are due by the đề án's end unless it only waits. */
function dossierDestination(d: DossierFacts, linkLabel: string, dueOn: Date | null = d.dueOn): Destination {
  return { href: `/de-an/${d.projectId}/nghiem-thu/${d.acceptanceId}`, linkLabel, dueOn };
}

function toRequest(r: { id: number }, linkLabel: string, dueOn: Date | null): Destination {
  return { href: `/de-nghi-ho-tro/${r.id}`, linkLabel, dueOn };
}

/** The one next step shown at the top of the facility's home. */
export function beneficiaryNextAction(f: BeneficiaryFacts): NextAction {
  if (f.verification === 'PENDING') {
    return {
      title: 'Chờ xác minh đăng ký',
      body: `UBND ${f.adminUnitName} hoặc Trung tâm Khuyến công đang xác minh thông tin cơ sở. Sau khi được xác minh, cơ sở gửi được đề nghị hỗ trợ. Bạn chưa cần làm gì thêm.`,
      ...NOWHERE,
      tone: 'info',
    };
  }
  if (f.verification === 'REFUSED') {
    return {
      title: 'Đăng ký chưa được xác minh',
      body: `Lý do: ${f.verificationNote ?? 'không ghi'}. Liên hệ UBND ${f.adminUnitName} để bổ sung thông tin.`,
      ...NOWHERE,
      tone: 'warning',
    };
  }
  // The acceptance dossier comes first: it is what stands between the facility and its money.
  const turn = f.dossiers.filter((d) => DOSSIER_BENEFICIARY_TURN.includes(d.status));
  const redo = turn.find((d) => d.toReplace > 0);
  if (redo) {
    return {
      title: 'Thay thế giấy tờ nghiệm thu theo yêu cầu',
      body: `Trung tâm Khuyến công yêu cầu thay thế ${redo.toReplace} giấy tờ nghiệm thu của đề án ${redo.code}: xem nhận xét, tải lên bản mới rồi bấm "Nộp hồ sơ".`,
      ...dossierDestination(redo, 'Mở hồ sơ nghiệm thu'),
      tone: 'warning',
    };
  }
  const papers = turn.find((d) => d.missing > 0);
  if (papers) {
    return {
      title: 'Nộp giấy tờ nghiệm thu còn thiếu',
      body: `Đề án ${papers.code} còn thiếu ${papers.missing} giấy tờ nghiệm thu.`,
      ...dossierDestination(papers, 'Mở hồ sơ nghiệm thu'),
      tone: 'warning',
    };
  }
  const ready = turn[0];
  if (ready) {
    return {
      title: 'Nộp hồ sơ nghiệm thu',
      body: `Hồ sơ nghiệm thu đề án ${ready.code} đã đủ giấy tờ: bấm "Nộp hồ sơ" để gửi Trung tâm Khuyến công.`,
      ...dossierDestination(ready, 'Mở hồ sơ nghiệm thu'),
      tone: 'warning',
    };
  }
  const r = f.latestRequest;
  const deadline = f.openRound?.deadline ?? null;
  if (r?.status === 'DRAFT') {
    return {
      title: 'Hoàn thiện và gửi đề nghị hỗ trợ',
      body: `Đề nghị “${r.title}” đang soạn, chưa gửi xã.`,
      ...toRequest(r, 'Mở đề nghị', deadline),
      tone: 'warning',
    };
  }
  if (r?.status === 'SENT') {
    return {
      title: 'Chờ xã xem xét đề nghị',
      body: `Đề nghị “${r.title}” đã gửi UBND ${f.adminUnitName}. Xã sẽ đưa vào kế hoạch năm ${r.year} hoặc trả lời lý do.`,
      ...toRequest(r, 'Xem đề nghị', deadline),
      tone: 'info',
    };
  }
  const waiting = f.dossiers.find((d) => d.status === DOSSIER_HANDED_IN);
  if (waiting) {
    return {
      title: 'Chờ Trung tâm xem xét hồ sơ nghiệm thu',
      body: `Đã nộp hồ sơ nghiệm thu đề án ${waiting.code}. Trung tâm Khuyến công xem xét từng giấy tờ; cơ sở được báo nếu cần thay thế.`,
      ...dossierDestination(waiting, 'Xem hồ sơ nghiệm thu', null),
      tone: 'info',
    };
  }
  if (r?.status === 'TAKEN' && r.project) {
    return {
      title: 'Đề nghị đã thành đề án',
      body: `Đề nghị “${r.title}” đã thành đề án ${r.project.code}: ${PROJECT_PLAIN_STATUS[r.project.status].toLowerCase()}.`,
      href: `/de-an/${r.project.id}`,
      linkLabel: 'Xem đề án',
      dueOn: null,
      tone: 'success',
    };
  }
  if (r?.status === 'TAKEN') {
    return {
      title: 'Đề nghị đã vào kế hoạch năm',
      body: `Đề nghị “${r.title}” đã được đưa vào kế hoạch khuyến công năm ${r.year}. Trung tâm Khuyến công sẽ liên hệ lập đề án khi kế hoạch được duyệt.`,
      ...toRequest(r, 'Xem đề nghị', null),
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
