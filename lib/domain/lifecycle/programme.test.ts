import { describe, expect, it } from 'vitest';
import { assertTransition, availableEvents } from './machine';
import { changeIsAmendment, PROGRAMME_LIFECYCLE } from './programme';
import type { Actor } from '../roles';

const actor = (role: Actor['role']): Actor => ({ id: 1, role, fullName: 'A', provinceId: 1, organizationId: null, adminUnitId: null, facilityId: null });

describe('programme lifecycle', () => {
  it('lets only Sở Công Thương leadership approve a draft and close an approved programme', () => {
    expect(availableEvents(PROGRAMME_LIFECYCLE, actor('SCT_LEADER'), 'DRAFT')).toEqual(['approve']);
    expect(availableEvents(PROGRAMME_LIFECYCLE, actor('SCT_LEADER'), 'APPROVED')).toEqual(['close']);
    expect(availableEvents(PROGRAMME_LIFECYCLE, actor('TTKC_STAFF'), 'DRAFT')).toEqual([]);
    expect(availableEvents(PROGRAMME_LIFECYCLE, actor('SCT_LEADER'), 'CLOSED')).toEqual([]);
  });

  it('needs a reason to close', () => {
    expect(() => assertTransition(PROGRAMME_LIFECYCLE, 'close', actor('SCT_LEADER'), 'APPROVED', '')).toThrow('Cần nhập lý do để "Kết thúc chương trình".');
  });

  it('records changes of an approved programme as amendments, of a draft as plain edits', () => {
    expect(changeIsAmendment('APPROVED')).toBe(true);
    expect(changeIsAmendment('DRAFT')).toBe(false);
  });
});
