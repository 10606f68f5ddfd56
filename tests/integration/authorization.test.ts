// Role × scope on a real database: who may read which đề án and cơ sở.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findFacilities, getFacilityOrThrow } from '@/lib/server/facilities/find-facilities';
import { findProjects } from '@/lib/server/projects/find-projects';
import { getProjectOrThrow } from '@/lib/server/projects/get-project';
import { createWorld, freshWorld } from '../factories/world';
import { testNow } from '../factories/clock';
import { codeOf } from '../factories/errors';

let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => { w = await freshWorld(createWorld); });


describe('xã officer', () => {
  it('reads the đề án of their own xã', async () => {
    const project = await getProjectOrThrow(w.actors.xaA, w.projectA.id);
    expect(project.code).toBe(w.projectA.code);
  });

  it("is refused another xã's đề án and cơ sở", async () => {
    expect(await codeOf(getProjectOrThrow(w.actors.xaA, w.projectB.id))).toBe('NOT_FOUND');
    expect(await codeOf(getFacilityOrThrow(w.actors.xaA, w.facilityB.id))).toBe('NOT_FOUND');
  });

  it('lists only their xã', async () => {
    const { rows } = await findProjects(w.actors.xaA, {});
    expect(rows.map((r) => r.id)).toEqual([w.projectA.id]);
    expect((await findFacilities(w.actors.xaA)).map((f) => f.id)).toEqual([w.facilityA.id]);
  });
});

describe('beneficiary', () => {
  it('sees its own facility and đề án only', async () => {
    expect(await codeOf(getFacilityOrThrow(w.actors.beneficiaryA, w.facilityA.id))).toBe('OK');
    expect(await codeOf(getFacilityOrThrow(w.actors.beneficiaryA, w.facilityB.id))).toBe('NOT_FOUND');
    expect(await codeOf(getProjectOrThrow(w.actors.beneficiaryA, w.projectB.id))).toBe('NOT_FOUND');
    expect((await findProjects(w.actors.beneficiaryA, {})).rows.map((r) => r.id)).toEqual([w.projectA.id]);
  });
});

describe('tenant boundary', () => {
  it('refuses a Lâm Đồng user every Hải Phòng record', async () => {
    expect(await codeOf(getProjectOrThrow(w.actors.ldTtkc, w.projectA.id))).toBe('NOT_FOUND');
    expect(await codeOf(getFacilityOrThrow(w.actors.ldTtkc, w.facilityA.id))).toBe('NOT_FOUND');
    expect((await findProjects(w.actors.ldTtkc, {})).rows.map((r) => r.id)).toEqual([w.projectLd.id]);
  });

  it('gives Hải Phòng staff the whole province and nothing else', async () => {
    const ids = (await findProjects(w.actors.ttkc, {})).rows.map((r) => r.id).sort();
    expect(ids).toEqual([w.projectA.id, w.projectB.id].sort());
  });

  it('says NOT_FOUND for a record that does not exist at all', async () => {
    expect(await codeOf(getProjectOrThrow(w.actors.ttkc, 999_999))).toBe('NOT_FOUND');
  });
});

describe('Kho bạc', () => {
  it('sees a đề án only once a payment request was sent to its treasury', async () => {
    expect((await findProjects(w.actors.kbnn, {})).total).toBe(0);
    const base = { provinceId: w.hp.province.id, projectId: w.projectA.id, kind: 'ADVANCE' as const, amountVnd: 100_000_000n, payeeName: 'Cơ sở gốm A', createdById: w.actors.ttkc.id };
    await db.paymentRequest.create({ data: { ...base, status: 'DRAFT', treasuryOrgId: w.hp.orgs.kbnn.id } });
    expect((await findProjects(w.actors.kbnn, {})).total).toBe(0);
    await db.paymentRequest.create({ data: { ...base, status: 'SENT_TO_TREASURY', treasuryOrgId: w.hp.orgs.kbnn.id, sentAt: testNow() } });
    expect((await findProjects(w.actors.kbnn, {})).rows.map((r) => r.id)).toEqual([w.projectA.id]);
    expect(await codeOf(getProjectOrThrow(w.actors.kbnn, w.projectB.id))).toBe('NOT_FOUND');
  });

  it('has no access to the facility register', async () => {
    expect(await codeOf(findFacilities(w.actors.kbnn))).toBe('FORBIDDEN');
  });
});

describe('ministry', () => {
  it('reads national-fund (KCQG) đề án of every province, not local ones', async () => {
    const ids = (await findProjects(w.actors.ministry, {})).rows.map((r) => r.id).sort();
    expect(ids).toEqual([w.projectB.id, w.projectLd.id].sort());
    expect(await codeOf(getProjectOrThrow(w.actors.ministry, w.projectA.id))).toBe('NOT_FOUND');
  });
});
