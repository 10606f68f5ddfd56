import { Link } from '@/components/ui/link';

interface ProjectRef {
  id: number;
  code: string;
  name: string;
}

/** What a decision decided, each a link to the record (only those the reader may see are passed in). */
export function DecisionLinks({
  decision,
}: {
  decision: {
    programmes: { id: number; code: string; name: string }[];
    plans: { id: number; year: number; title: string }[];
    projects: ProjectRef[];
    amendments: { id: number; project: ProjectRef }[];
    acceptances: { id: number; project: ProjectRef }[];
    settlements: { id: number; project: ProjectRef }[];
  };
}) {
  const links = [
    ...decision.programmes.map((p) => ({ href: `/chuong-trinh/${p.id}`, label: `Chương trình ${p.code}` })),
    ...decision.plans.map((p) => ({ href: `/ke-hoach/${p.year}`, label: `Kế hoạch năm ${p.year}` })),
    ...decision.projects.map((p) => ({ href: `/de-an/${p.id}`, label: `Đề án ${p.code}` })),
    ...decision.amendments.map((a) => ({ href: `/de-an/${a.project.id}/dieu-chinh`, label: `Điều chỉnh đề án ${a.project.code}` })),
    ...decision.acceptances.map((a) => ({ href: `/de-an/${a.project.id}`, label: `Nghiệm thu đề án ${a.project.code}` })),
    ...decision.settlements.map((s) => ({ href: `/de-an/${s.project.id}`, label: `Quyết toán đề án ${s.project.code}` })),
  ];
  if (links.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-0.5">
      {links.map((l) => (
        <li key={l.href + l.label}>
          <Link href={l.href} className="text-brand-700 hover:underline">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
