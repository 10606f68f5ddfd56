import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { DuplicateWarning } from '@/lib/domain/duplicate-support';

/** Kiểm tra trùng lặp hỗ trợ: other đề án of the province that already supported the same facility. */
export function DuplicateCard({ warnings }: { warnings: DuplicateWarning[] }) {
  return (
    <Card title="Kiểm tra trùng lặp hỗ trợ">
      {warnings.length === 0 ? (
        <Alert tone="success">Chưa thấy cơ sở thụ hưởng nào đã được hỗ trợ cùng nội dung hoặc cùng thiết bị.</Alert>
      ) : (
        <Alert tone="warning" title={`Có ${warnings.length} trường hợp có thể trùng lặp hỗ trợ`}>
          <ul className="mt-1 space-y-2">
            {warnings.map((w) => (
              <li key={`${w.historical ? 'h' : 'p'}${w.other.projectId}-${w.taxCode}`}>
                {w.message}{' '}
                <Link href={w.historical ? `/bao-cao/lich-su?yearFrom=${w.other.year}&yearTo=${w.other.year}` : `/de-an/${w.other.projectId}`} className="font-medium underline">
                  Xem {w.other.code}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <p className="mt-2 text-xs text-slate-500">Đối chiếu theo mã số thuế trên toàn địa phương, các đề án năm nay và những năm trước (trừ đề án bị từ chối hoặc đã dừng).</p>
    </Card>
  );
}
