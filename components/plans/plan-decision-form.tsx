'use client';

import { DecisionFileForm } from '@/components/ui/decision-file-form';
import { planDecisionSchema, type PlanDecisionFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

/**
 * The UBND decision approving the year's plan, with its signed file. Recording it creates the đề án,
 * so the button says so.
 */
export function PlanDecisionForm({
  year,
  projectCount,
  record,
}: {
  year: number;
  projectCount: number;
  record: (form: FormData) => Promise<ActionResult<{ projects: number }>>;
}) {
  return (
    <DecisionFileForm<PlanDecisionFormValues>
      ariaLabel="Ghi nhận quyết định phê duyệt kế hoạch"
      idPrefix="plan"
      schema={planDecisionSchema}
      defaultValues={{ year: String(year), issuer: 'UBND thành phố', summary: `Phê duyệt kế hoạch khuyến công năm ${year}` }}
      file={{ id: 'decision-file', label: 'Tệp quyết định đã ký (PDF, ảnh)', accept: '.pdf,.jpg,.jpeg,.png', required: true }}
      submitLabel={`Ghi nhận quyết định và tạo ${projectCount} đề án`}
      send={record}
    />
  );
}
