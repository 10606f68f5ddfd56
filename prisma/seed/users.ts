// Demo users: DEMO_ACCOUNTS plus what binds each one to an organisation, a xã or a facility (scope).
import bcrypt from 'bcryptjs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import type { SeededFacility } from './facilities';
import { ubndXaKey } from './organizations';
import type { SeedTx } from './types';
import { need } from './util';
import type { Places } from './xa';

const LINKS: Record<string, { org?: string; xa?: string; facility?: string }> = {
  admin: {},
  'sct.lanhdao': { org: 'HP:SCT' },
  'ttkc.canbo': { org: 'HP:TTKC' },
  'stc.canbo': { org: 'HP:STC' },
  'khobac.canbo': { org: 'HP:KBNN' },
  'xa.namsach': { org: ubndXaKey('Nam Sách'), xa: 'Nam Sách' },
  'xa.vinhbao': { org: ubndXaKey('Vĩnh Bảo'), xa: 'Vĩnh Bảo' },
  'coso.demo': { facility: 'dong-lac' },
  'coso.khac': { facility: 'go-vinh-bao' },
  bocongthuong: { org: 'MINISTRY' },
  'ld.sct': { org: 'LD:SCT' },
  'ld.ttkc': { org: 'LD:TTKC' },
  'ld.khobac': { org: 'LD:KBNN' },
};

/** Creates the demo users and returns username → id. */
export async function seedUsers(
  tx: SeedTx,
  places: Places,
  orgs: ReadonlyMap<string, number>,
  facilities: ReadonlyMap<string, SeededFacility>,
): Promise<Map<string, number>> {
  // One hash for all accounts: bcrypt at cost 10 takes ~70 ms, the seed must stay fast.
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const created = await tx.user.createManyAndReturn({
    data: DEMO_ACCOUNTS.map((a) => {
      const link = LINKS[a.username];
      if (!link) throw new Error(`seed: no scope link for demo account ${a.username}`);
      return {
        username: a.username,
        passwordHash,
        fullName: a.fullName,
        role: a.role,
        provinceId: a.province === 'HP' ? places.hp : a.province === 'LD' ? places.ld : null,
        organizationId: link.org ? need(orgs, link.org, 'organization') : null,
        adminUnitId: link.xa ? need(places.hpUnits, link.xa, 'admin unit') : null,
        facilityId: link.facility ? need(facilities, link.facility, 'facility').id : null,
        // Verified demo addresses (reserved .example domain) so the outbox (/quan-tri/thu-di) shows
        // the mail each step would send; Sở Công Thương's leader reads a daily digest instead.
        email: `${a.username}@khuyencong.example`,
        emailVerifiedAt: new Date('2026-01-05T02:00:00Z'),
        emailPreference: a.username === 'sct.lanhdao' ? ('DIGEST' as const) : ('EACH' as const),
      };
    }),
    select: { id: true, username: true },
  });
  return new Map(created.map((u) => [u.username, u.id]));
}
