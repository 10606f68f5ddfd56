import 'server-only';
import { unstable_cache } from 'next/cache';
import { CONTEST_PUBLISHED_STATES } from '@/lib/domain/lifecycle/contest';
import { PROGRAMME_TARGETABLE_STATES } from '@/lib/domain/lifecycle/programme';
import { PROJECT_PUBLIC_STATES, PUBLIC_PAGE_CACHE_TAG, PUBLIC_PAGE_REVALIDATE_SECONDS } from '@/lib/domain/public-disclosure';
import { db } from '../db';
import { computeProgrammeProgress } from '../programmes/find-programme-progress';
import { adminUnitLabel } from '../admin-unit-label';

/** The provinces with a public page (every tenant). */
export const findPublicProvinces = unstable_cache(
  () => db.province.findMany({ select: { code: true, name: true }, orderBy: { id: 'asc' } }),
  ['public-provinces'],
  { revalidate: PUBLIC_PAGE_REVALIDATE_SECONDS, tags: [PUBLIC_PAGE_CACHE_TAG] },
);

/** Đề án shown per page of the public list: a province's year can hold thousands. */
export const PUBLIC_PROJECTS_PAGE_SIZE = 50;

/**
 * What the public page shows for one province and year — no session is read, and only what is
 * public by nature leaves the database (lib/domain/public-disclosure.ts): the selects below name
 * every column. Money travels as strings (the cache stores JSON).
 */
export async function readPublicOverview(provinceCode: string, year: number, page = 1) {
  const province = await db.province.findUnique({ where: { code: provinceCode }, select: { id: true, name: true, code: true } });
  if (!province) return null;
  const publicProjects = { provinceId: province.id, year, status: { in: [...PROJECT_PUBLIC_STATES] } };
  const [projectCount, projects, winners, programmes] = await Promise.all([
    db.project.count({ where: publicProjects }),
    db.project.findMany({
      where: publicProjects,
      select: {
        id: true,
        code: true,
        name: true,
        status: true,
        approvedSupportVnd: true,
        contentCategory: { select: { name: true } },
        adminUnit: adminUnitLabel,
        beneficiaries: { select: { facility: { select: { name: true } } } },
      },
      orderBy: [{ code: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * PUBLIC_PROJECTS_PAGE_SIZE,
      take: PUBLIC_PROJECTS_PAGE_SIZE,
    }),
    db.contestEntry.findMany({
      where: { provinceId: province.id, certificateNo: { not: null }, round: { year, status: { in: [...CONTEST_PUBLISHED_STATES] } } },
      select: {
        id: true,
        productName: true,
        productGroup: true,
        rank: true,
        facility: { select: { name: true } },
        adminUnit: adminUnitLabel,
        round: { select: { id: true, name: true, level: true } },
      },
      orderBy: [{ roundId: 'asc' }, { rank: 'asc' }, { id: 'asc' }],
    }),
    db.programme.findMany({
      where: { provinceId: province.id, status: { in: [...PROGRAMME_TARGETABLE_STATES] } },
      select: { id: true, code: true, name: true, startYear: true, endYear: true },
      orderBy: { startYear: 'desc' },
    }),
  ]);
  const progress = await Promise.all(
    programmes.map(async (p) => {
      const figures = await computeProgrammeProgress(p);
      return {
        ...p,
        targets: figures.groups.flatMap((g) =>
          g.targets.map((t) => ({ id: t.targetId, group: g.code, itemNo: t.itemNo, name: t.name, unit: t.unit, year: t.byYear.find((y) => y.year === year) ?? null, period: t.period })),
        ),
      };
    }),
  );
  return {
    province,
    year,
    page,
    pageCount: Math.max(1, Math.ceil(projectCount / PUBLIC_PROJECTS_PAGE_SIZE)),
    projectCount,
    projects: projects.map((p) => ({ ...p, approvedSupportVnd: p.approvedSupportVnd?.toString() ?? null, facilities: p.beneficiaries.map((b) => b.facility.name) })),
    winners,
    programmes: progress,
  };
}

export const findPublicOverview = unstable_cache(readPublicOverview, ['public-overview'], {
  revalidate: PUBLIC_PAGE_REVALIDATE_SECONDS,
  tags: [PUBLIC_PAGE_CACHE_TAG],
});

export type PublicOverview = NonNullable<Awaited<ReturnType<typeof readPublicOverview>>>;
