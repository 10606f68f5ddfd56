'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { approvalSchema } from '@/lib/schemas/project';
import { DecisionFields, EMPTY_DECISION } from '@/components/ui/decision-fields';
import { FormMessages, MoneyControl } from '@/components/ui/form-controls';
import type { ProjectAction } from './transition-forms';
import { useServerForm } from '@/components/ui/use-server-form';

/** Phê duyệt: the approved support (≤ the recommended amount) and the decision. */
export function ApprovalForm({ projectId, status, recommendedVnd, action }: { projectId: number; status: string; recommendedVnd: string; action: ProjectAction }) {
  const { form, error, onSubmit } = useServerForm({
    schema: approvalSchema,
    defaultValues: { projectId, expectedStatus: status, approvedSupportVnd: recommendedVnd, decision: { ...EMPTY_DECISION, summary: 'Phê duyệt đề án khuyến công' } },
    action,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Phê duyệt đề án">
        <FormMessages error={error} />
        <MoneyControl name="approvedSupportVnd" label="Kinh phí hỗ trợ phê duyệt (đồng)" hint="Không vượt mức thẩm định đề xuất" required />
        <DecisionFields idPrefix="approve" />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Đang lưu…' : 'Phê duyệt đề án'}
        </Button>
      </form>
    </FormProvider>
  );
}
