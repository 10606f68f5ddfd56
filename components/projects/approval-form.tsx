'use client';

import { approvalSchema } from '@/lib/schemas/project';
import { DecisionFields, EMPTY_DECISION } from '@/components/ui/decision-fields';
import { MoneyControl } from '@/components/ui/form-controls';
import type { ProjectAction } from './transition-forms';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';

/** Phê duyệt: the approved support (≤ the recommended amount) and the decision. */
export function ApprovalForm({ projectId, status, recommendedVnd, action }: { projectId: number; status: string; recommendedVnd: string; action: ProjectAction }) {
  const state = useServerForm({
    schema: approvalSchema,
    defaultValues: { projectId, expectedStatus: status, approvedSupportVnd: recommendedVnd, decision: { ...EMPTY_DECISION, summary: 'Phê duyệt đề án khuyến công' } },
    action,
  });
  return (
    <ServerForm state={state} label="Phê duyệt đề án" submitLabel="Phê duyệt đề án" pendingLabel="Đang lưu…">
      <MoneyControl name="approvedSupportVnd" label="Kinh phí hỗ trợ phê duyệt (đồng)" hint="Không vượt mức thẩm định đề xuất" required />
      <DecisionFields idPrefix="approve" />
    </ServerForm>
  );
}
