'use client';

import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { PROJECT_LIFECYCLE, type ProjectEvent } from '@/lib/domain/lifecycle/project';
import { AcceptanceRequestForm, AcceptanceResultForm } from './acceptance-forms';
import { AppraisalForm } from './appraisal-form';
import { ApprovalForm } from './approval-form';
import { ContractForm } from './contract-form';
import { SimpleTransitionForm, type ProjectAction } from './transition-forms';


export interface ActionPanelProps {
  projectId: number;
  status: string;
  /** availableEvents(actor, status) ∩ PANEL_EVENTS, computed on the server. */
  events: ProjectEvent[];
  submissionProblems: string[];
  context: {
    stateSupportVnd: string;
    recommendedVnd: string;
    facilities: { value: number; label: string }[];
    contract: { partyBName: string; valueVnd: string; supportVnd: string; facilityId: string };
    acceptance: { councilMembers: string; acceptedValueVnd: string };
    targetLabel: string | null;
  };
  actions: { simple: ProjectAction; appraise: ProjectAction; approve: ProjectAction; contract: ProjectAction; requestAcceptance: ProjectAction; acceptanceResult: ProjectAction };
}

function Step({ title, open, children, tone = 'default' }: { title: string; open?: boolean; children: ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <details open={open} className="group rounded-md border border-slate-200">
      <summary className={`flex min-h-11 cursor-pointer list-none items-center justify-between px-3 text-sm font-semibold ${tone === 'danger' ? 'text-red-800' : 'text-brand-800'}`}>
        {title}
        <span aria-hidden="true" className="transition-transform group-open:rotate-90">
          ›
        </span>
      </summary>
      <div className="border-t border-slate-200 p-3">{children}</div>
    </details>
  );
}

/** What this person may do next on this đề án, and nothing else (the server checks again). */
export function ActionPanel({ projectId, status, events, submissionProblems, context, actions }: ActionPanelProps) {
  const has = (e: ProjectEvent) => events.includes(e);
  const base = { projectId, status };
  if (events.length === 0) return null;
  const onlyOne = events.length === 1;
  return (
    <Card title="Thao tác">
      <div className="space-y-3">
        {has('submit') && (
          <div className="space-y-2">
            {submissionProblems.length > 0 && (
              <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                <p className="font-semibold">Cần hoàn thiện trước khi gửi:</p>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {submissionProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            <SimpleTransitionForm {...base} event="submit" action={actions.simple} />
          </div>
        )}
        {has('appraisePass') && (
          <Step title="Thẩm định đề án" open>
            <AppraisalForm {...base} stateSupportVnd={context.stateSupportVnd} action={actions.appraise} />
          </Step>
        )}
        {has('approve') && (
          <Step title={PROJECT_LIFECYCLE.events.approve.label} open>
            <ApprovalForm {...base} recommendedVnd={context.recommendedVnd} action={actions.approve} />
          </Step>
        )}
        {has('signContract') && (
          <Step title={PROJECT_LIFECYCLE.events.signContract.label} open>
            <ContractForm {...base} defaults={context.contract} facilities={context.facilities} action={actions.contract} />
          </Step>
        )}
        {has('start') && <SimpleTransitionForm {...base} event="start" action={actions.simple} />}
        {has('requestAcceptance') && (
          <Step title={PROJECT_LIFECYCLE.events.requestAcceptance.label} open={onlyOne}>
            <AcceptanceRequestForm {...base} facilities={context.facilities} action={actions.requestAcceptance} />
          </Step>
        )}
        {has('acceptancePassed') && (
          <Step title="Ghi kết quả nghiệm thu" open>
            <AcceptanceResultForm {...base} defaults={context.acceptance} targetLabel={context.targetLabel} action={actions.acceptanceResult} />
          </Step>
        )}
        {has('withdraw') && <SimpleTransitionForm {...base} event="withdraw" action={actions.simple} variant="secondary" />}
        {has('returnForRevision') && (
          <Step title={PROJECT_LIFECYCLE.events.returnForRevision.label}>
            <SimpleTransitionForm {...base} event="returnForRevision" action={actions.simple} withReason reasonLabel="Nội dung cần bổ sung" variant="secondary" />
          </Step>
        )}
        {has('reject') && (
          <Step title={PROJECT_LIFECYCLE.events.reject.label} tone="danger">
            <SimpleTransitionForm {...base} event="reject" action={actions.simple} withReason variant="danger" />
          </Step>
        )}
        {has('stop') && (
          <Step title={PROJECT_LIFECYCLE.events.stop.label} tone="danger">
            <SimpleTransitionForm {...base} event="stop" action={actions.simple} withReason reasonLabel="Lý do dừng (vi phạm, không thể thực hiện…)" variant="danger" />
          </Step>
        )}
      </div>
    </Card>
  );
}
