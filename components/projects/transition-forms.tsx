'use client';

import { FormProvider } from 'react-hook-form';
import { SubmitButton } from '@/components/ui/button';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { simpleTransitionSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { FormMessages, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

export type ProjectAction = (values: never) => Promise<ActionResult<unknown>>;

type SimpleEvent = 'submit' | 'withdraw' | 'returnForRevision' | 'reject' | 'start' | 'stop';

/**
 * A status change with at most a reason. The page's status travels with it: if someone moved the
 * đề án meanwhile, the server answers "reload" instead of acting on a stale page.
 */
export function SimpleTransitionForm({
  projectId,
  status,
  event,
  action,
  withReason,
  reasonLabel = 'Lý do',
  variant = 'primary',
}: {
  projectId: number;
  status: string;
  event: SimpleEvent;
  action: ProjectAction;
  withReason?: boolean;
  reasonLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const label = PROJECT_LIFECYCLE.events[event].label;
  const { form, error, onSubmit } = useServerForm({
    schema: simpleTransitionSchema,
    defaultValues: { projectId, expectedStatus: status, event, reason: '' },
    action,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={label}>
        <FormMessages error={error} />
        {withReason && <TextareaControl id={`${event}-reason`} name="reason" label={reasonLabel} required maxLength={TEXT_MAX.reason} />}
        <SubmitButton variant={variant} sending={form.formState.isSubmitting} pendingLabel="Đang xử lý…">
          {label}
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
