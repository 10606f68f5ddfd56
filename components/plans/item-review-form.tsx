'use client';

import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { useServerForm } from '@/components/ui/use-server-form';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { PLAN_ITEM_REVIEW_DECISIONS as DECISIONS, PLAN_ITEM_REVIEW_LABELS, type PlanItemReviewDecision } from '@/lib/domain/lifecycle/plan';
import { reviewItemSchema } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof reviewItemSchema>;

/** The reviewer's view of one proposal: accept, return with what to fix, or reject with a reason. */
export function ItemReviewForm({
  itemId,
  itemName,
  current,
  review,
}: {
  itemId: number;
  itemName: string;
  current: { decision: PlanItemReviewDecision | null; comment: string | null };
  review: (input: Values) => Promise<ActionResult<unknown>>;
}) {
  const { form, error, onSubmit } = useServerForm<Values, unknown>({
    schema: reviewItemSchema,
    defaultValues: { itemId, decision: current.decision ?? undefined, comment: current.comment ?? '' },
    action: review,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const id = `review-${itemId}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md bg-slate-50 p-3" aria-label={`Xem xét đề xuất ${itemName}`}>
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset aria-describedby={errors.decision ? `${id}-decision-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Kết quả xem xét</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {DECISIONS.map((decision) => (
            <label key={decision} className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" value={decision} className="size-4" {...register('decision')} />
              {PLAN_ITEM_REVIEW_LABELS[decision]}
            </label>
          ))}
        </div>
        {errors.decision && (
          <p id={`${id}-decision-error`} className="text-xs font-medium text-red-700">
            {errors.decision.message}
          </p>
        )}
      </fieldset>
      <Field id={`${id}-comment`} label="Ý kiến" hint="Bắt buộc khi trả lại hoặc không chấp nhận" error={errors.comment?.message}>
        <Textarea
          id={`${id}-comment`}
          rows={2}
          invalid={!!errors.comment}
          aria-describedby={errors.comment ? `${id}-comment-error` : `${id}-comment-hint`}
          {...register('comment')}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? 'Đang lưu…' : 'Lưu ý kiến xem xét'}
      </Button>
    </form>
  );
}
