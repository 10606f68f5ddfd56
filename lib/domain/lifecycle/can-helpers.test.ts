// The small "may this actor do this now" rules the pages and the use cases share: each state in and
// out of its set, each role with and without the permission. The expected sets are written out by
// hand from DOMAIN.md, not read back from the lifecycle tables.
import { describe, expect, it } from 'vitest';
import { can } from '../permissions';
import type { Actor, Role } from '../roles';
import { ALL_ROLES } from '../roles';
import { ACCEPTANCE_LIFECYCLE, type AcceptanceStatus, canAttachAcceptanceDocument, isAcceptanceOpen } from './acceptance';
import { isFacilityVerified, unverifiedFacilityReason } from './beneficiary';
import {
  amendmentRequestStates,
  canAttachDossierDocument,
  canAttachProjectDocument,
  canDeleteProjectDraft,
  canFireProjectEvent,
  canRecordNormException,
  canRequestAmendment,
  isAmendmentPending,
  isExcludedAsAuthor,
  isPlanProjectAwaitingEstimate,
  isProjectStatus,
  PROJECT_LIFECYCLE,
  type ProjectStatus,
  projectEventsFor,
} from './project';

function actorOf(role: Role, over: Partial<Actor> = {}): Actor {
  return { id: 7, role, fullName: 'Người thử', provinceId: 1, organizationId: 3, adminUnitId: null, facilityId: null, ...over };
}

const PROJECT_STATES = Object.keys(PROJECT_LIFECYCLE.statusLabels) as ProjectStatus[];
const ACCEPTANCE_STATES = Object.keys(ACCEPTANCE_LIFECYCLE.statusLabels) as AcceptanceStatus[];
const staff = actorOf('TTKC_STAFF');
const leader = actorOf('SCT_LEADER');
const beneficiary = actorOf('BENEFICIARY', { facilityId: 9 });

function statesWhere(pred: (s: ProjectStatus) => boolean): ProjectStatus[] {
  return PROJECT_STATES.filter(pred);
}

describe('attaching a document to a đề án', () => {
  it('lets the Trung tâm attach until the đề án is rejected, stopped or closed', () => {
    expect(statesWhere((s) => !canAttachProjectDocument(staff, s))).toEqual(['REJECTED', 'CLOSED', 'STOPPED']);
  });

  it('refuses every role without the right to edit đề án, in any state', () => {
    for (const role of ALL_ROLES.filter((r) => !can({ role: r }, 'project:edit'))) {
      expect(statesWhere((s) => canAttachProjectDocument(actorOf(role), s))).toEqual([]);
    }
  });

  it('limits dossier documents to the draft', () => {
    expect(statesWhere((s) => canAttachDossierDocument(staff, s))).toEqual(['DRAFT']);
    expect(canAttachDossierDocument(leader, 'DRAFT')).toBe(false);
    expect(canAttachDossierDocument(beneficiary, 'DRAFT')).toBe(false);
  });
});

describe('recording a norm exception', () => {
  it('is open to the Sở leader before approval', () => {
    expect(statesWhere((s) => canRecordNormException(leader, { status: s, planItemId: null }))).toEqual(['DRAFT', 'SUBMITTED', 'APPRAISED']);
  });

  it('stays open for a đề án of the plan decision until its contract', () => {
    expect(statesWhere((s) => canRecordNormException(leader, { status: s, planItemId: 4 }))).toEqual(['DRAFT', 'SUBMITTED', 'APPRAISED', 'APPROVED']);
  });

  it('is closed to roles without the permission', () => {
    for (const role of ALL_ROLES.filter((r) => r !== 'SCT_LEADER')) {
      expect(canRecordNormException(actorOf(role), { status: 'DRAFT', planItemId: 4 })).toBe(false);
      expect(canRecordNormException(actorOf(role), { status: 'APPROVED', planItemId: 4 })).toBe(false);
    }
  });
});

describe('a đề án of the plan decision awaiting its estimate', () => {
  it('is an approved đề án that came from a plan item', () => {
    expect(isPlanProjectAwaitingEstimate({ status: 'APPROVED', planItemId: 1 })).toBe(true);
    expect(isPlanProjectAwaitingEstimate({ status: 'APPROVED', planItemId: 0 })).toBe(true);
    expect(isPlanProjectAwaitingEstimate({ status: 'APPROVED', planItemId: null })).toBe(false);
    for (const s of PROJECT_STATES.filter((x) => x !== 'APPROVED')) expect(isPlanProjectAwaitingEstimate({ status: s, planItemId: 1 })).toBe(false);
  });
});

describe('separation of duties on appraisal', () => {
  const own = { status: 'SUBMITTED' as const, createdById: 7 };
  const other = { status: 'SUBMITTED' as const, createdById: 8 };

  it('keeps the author from appraising its own đề án, either way', () => {
    expect(isExcludedAsAuthor(staff, 'appraisePass', own)).toBe(true);
    expect(isExcludedAsAuthor(staff, 'appraiseFail', own)).toBe(true);
    expect(canFireProjectEvent(staff, 'appraisePass', own)).toBe(false);
    expect(canFireProjectEvent(staff, 'appraiseFail', own)).toBe(false);
  });

  it('lets another officer appraise it, and the author still return it for revision', () => {
    expect(isExcludedAsAuthor(staff, 'appraisePass', other)).toBe(false);
    expect(canFireProjectEvent(staff, 'appraisePass', other)).toBe(true);
    expect(isExcludedAsAuthor(staff, 'returnForRevision', own)).toBe(false);
    expect(canFireProjectEvent(staff, 'returnForRevision', own)).toBe(true);
  });

  it('offers the author no appraisal button', () => {
    expect(projectEventsFor(staff, own)).not.toContain('appraisePass');
    expect(projectEventsFor(staff, own)).not.toContain('appraiseFail');
    expect(projectEventsFor(staff, other)).toEqual(expect.arrayContaining(['appraisePass', 'appraiseFail', 'returnForRevision']));
  });

  it('still needs the table: no appraisal of a draft, none by a beneficiary', () => {
    expect(canFireProjectEvent(staff, 'appraisePass', { status: 'DRAFT', createdById: 8 })).toBe(false);
    expect(canFireProjectEvent(beneficiary, 'appraisePass', other)).toBe(false);
    expect(projectEventsFor(beneficiary, other)).toEqual([]);
  });
});

describe('deleting a draft đề án', () => {
  const draft = { status: 'DRAFT' as const, implementingOrgId: 3 };

  it('is for an editor of the implementing organisation, while a draft', () => {
    expect(canDeleteProjectDraft(staff, draft)).toBe(true);
    expect(canDeleteProjectDraft(actorOf('TTKC_STAFF', { organizationId: 4 }), draft)).toBe(false);
    expect(canDeleteProjectDraft(actorOf('TTKC_STAFF', { organizationId: null }), draft)).toBe(false);
    expect(statesWhere((s) => canDeleteProjectDraft(staff, { status: s, implementingOrgId: 3 }))).toEqual(['DRAFT']);
  });

  it('is refused to roles that cannot edit đề án, even of their own organisation', () => {
    for (const role of ALL_ROLES.filter((r) => r !== 'TTKC_STAFF')) expect(canDeleteProjectDraft(actorOf(role), draft)).toBe(false);
  });
});

describe('project status names', () => {
  it('recognises every status and nothing else', () => {
    for (const s of PROJECT_STATES) expect(isProjectStatus(s)).toBe(true);
    expect(isProjectStatus('draft')).toBe(false);
    expect(isProjectStatus('')).toBe(false);
    expect(isProjectStatus('toString')).toBe(false);
  });
});

describe('amendments', () => {
  it('is pending only while requested', () => {
    expect(isAmendmentPending('REQUESTED')).toBe(true);
    expect(isAmendmentPending('APPROVED')).toBe(false);
    expect(isAmendmentPending('REJECTED')).toBe(false);
  });

  it('allows a change until acceptance, a stop also during acceptance', () => {
    expect([...amendmentRequestStates(false)]).toEqual(['APPROVED', 'CONTRACTED', 'IN_PROGRESS']);
    expect([...amendmentRequestStates(true)]).toEqual(['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE']);
  });

  it('lets the Trung tâm request one in those states only', () => {
    expect(statesWhere((s) => canRequestAmendment(staff, s, [], false))).toEqual(['APPROVED', 'CONTRACTED', 'IN_PROGRESS']);
    expect(statesWhere((s) => canRequestAmendment(staff, s, [], true))).toEqual(['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE']);
    expect(statesWhere((s) => canRequestAmendment(staff, s, []))).toEqual(['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE']);
  });

  it('waits for a pending request to be decided first', () => {
    expect(canRequestAmendment(staff, 'IN_PROGRESS', [{ status: 'REQUESTED' }])).toBe(false);
    expect(canRequestAmendment(staff, 'IN_PROGRESS', [{ status: 'APPROVED' }, { status: 'REJECTED' }])).toBe(true);
    expect(canRequestAmendment(staff, 'IN_PROGRESS', [{ status: 'REJECTED' }, { status: 'REQUESTED' }])).toBe(false);
  });

  it('is refused to roles without the permission', () => {
    for (const role of ALL_ROLES.filter((r) => r !== 'TTKC_STAFF')) expect(canRequestAmendment(actorOf(role), 'IN_PROGRESS', [])).toBe(false);
  });
});

describe('acceptance rounds', () => {
  it('are open until passed or failed', () => {
    expect(ACCEPTANCE_STATES.filter(isAcceptanceOpen)).toEqual(['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED']);
    expect(isAcceptanceOpen('PASSED')).toBe(false);
    expect(isAcceptanceOpen('FAILED')).toBe(false);
  });

  it('take staff documents in any open round of a đề án under acceptance', () => {
    for (const a of [staff, leader]) {
      expect(ACCEPTANCE_STATES.filter((s) => canAttachAcceptanceDocument(a, 'UNDER_ACCEPTANCE', s))).toEqual(['SCHEDULED', 'DOSSIER_SUBMITTED', 'REPLACEMENT_REQUESTED', 'DOSSIER_ACCEPTED']);
    }
  });

  it('take the beneficiary’s documents only while the dossier is in its hands', () => {
    expect(ACCEPTANCE_STATES.filter((s) => canAttachAcceptanceDocument(beneficiary, 'UNDER_ACCEPTANCE', s))).toEqual(['SCHEDULED', 'REPLACEMENT_REQUESTED']);
  });

  it('take nothing once the đề án has left acceptance', () => {
    for (const p of PROJECT_STATES.filter((s) => s !== 'UNDER_ACCEPTANCE')) {
      expect(canAttachAcceptanceDocument(staff, p, 'SCHEDULED')).toBe(false);
      expect(canAttachAcceptanceDocument(beneficiary, p, 'SCHEDULED')).toBe(false);
    }
  });

  it('take nothing from roles with neither acceptance permission', () => {
    for (const role of ['SYSTEM_ADMIN', 'STC_OFFICER', 'KBNN_OFFICER', 'XA_OFFICER', 'MINISTRY_OFFICER'] as const) {
      expect(canAttachAcceptanceDocument(actorOf(role), 'UNDER_ACCEPTANCE', 'SCHEDULED')).toBe(false);
    }
  });
});

describe('facility verification', () => {
  it('treats only a verified facility as verified', () => {
    expect(isFacilityVerified({ verification: 'VERIFIED' })).toBe(true);
    expect(isFacilityVerified({ verification: 'PENDING' })).toBe(false);
    expect(isFacilityVerified({ verification: 'REFUSED' })).toBe(false);
  });

  it('explains why an unverified facility cannot be named, by name', () => {
    expect(unverifiedFacilityReason({ name: 'Cơ sở A', verification: 'VERIFIED' })).toBeNull();
    expect(unverifiedFacilityReason({ name: 'Cơ sở A', verification: 'PENDING' })).toBe(
      'Cơ sở “Cơ sở A” tự đăng ký và chưa được UBND xã hoặc Trung tâm Khuyến công xác minh: chưa thể đưa vào kế hoạch hay đề án.',
    );
    expect(unverifiedFacilityReason({ name: 'Cơ sở B', verification: 'REFUSED' })).toBe(
      'Đăng ký của cơ sở “Cơ sở B” đã bị từ chối xác minh: không thể đưa vào kế hoạch hay đề án.',
    );
  });
});
