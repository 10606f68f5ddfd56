import type { Metadata } from 'next';
import { PlanItemEditorPage } from '@/components/plans/plan-item-editor-page';
import { requirePermission } from '@/lib/server/auth';
import { forPage } from '@/lib/server/authz';
import { getPlanItemEditorOrThrow } from '@/lib/server/plans/get-plan-item-editor';
import { idFromParam, yearFromParam } from '@/lib/server/page-params';
import { checkPlanItemAction, registerFacilityAction, savePlanItemAction } from '../../actions';

export const metadata: Metadata = { title: 'Sửa đề xuất đề án' };

export default async function EditPlanItemPage({ params }: { params: Promise<{ year: string; planId: string; itemId: string }> }) {
  const raw = await params;
  const year = yearFromParam(raw.year);
  const planId = idFromParam(raw.planId);
  const itemId = idFromParam(raw.itemId);
  const actor = await requirePermission('plan:register', `/ke-hoach/${year}/don-vi/${planId}/de-xuat/${itemId}`);
  const editor = await forPage(getPlanItemEditorOrThrow(actor, planId, itemId));
  return <PlanItemEditorPage editor={editor} save={savePlanItemAction} registerFacility={registerFacilityAction} check={checkPlanItemAction} />;
}
