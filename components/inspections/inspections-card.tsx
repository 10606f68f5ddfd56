import { Card } from '@/components/ui/card';
import { InspectionList, type InspectionRow } from './inspection-list';

/** On the đề án page: the inspections that visited it. */
export function InspectionsCard({ inspections }: { inspections: InspectionRow[] }) {
  return (
    <Card title="Kiểm tra, giám sát">
      <InspectionList rows={inspections} empty="Đề án chưa có cuộc kiểm tra nào." />
    </Card>
  );
}
