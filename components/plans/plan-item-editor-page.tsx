import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { formatVndPlain } from '@/lib/domain/money';
import type { getPlanItemEditorOrThrow } from '@/lib/server/plans/get-plan-item-editor';
import type { PlanFacilityFormValues, PlanItemFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';
import type { FacilityOption } from './facility-picker';
import { PlanItemForm } from './plan-item-form';
import type { PlanItemCheckAction } from './plan-item-norm-check';

type Editor = Awaited<ReturnType<typeof getPlanItemEditorOrThrow>>;

/** The page body of "add" and "edit" proposal: the form with values as text, or why it is closed. */
export function PlanItemEditorPage({
  editor,
  save,
  registerFacility,
  check,
}: {
  editor: Editor;
  save: (input: PlanItemFormValues) => Promise<ActionResult<{ id: number }>>;
  registerFacility: (input: PlanFacilityFormValues) => Promise<ActionResult<FacilityOption>>;
  check: PlanItemCheckAction;
}) {
  const { plan, item, options, fixedAdminUnit, blocked } = editor;
  const back = `/ke-hoach/${plan.year}/don-vi/${plan.id}`;
  const text = (v: bigint | null | undefined) => (v === null || v === undefined ? '' : formatVndPlain(v));
  const initial = {
    planId: String(plan.id),
    itemId: item ? String(item.id) : '',
    name: item?.name ?? '',
    contentCategoryId: item ? String(item.contentCategoryId) : '',
    programmeTargetId: item?.programmeTargetId ? String(item.programmeTargetId) : '',
    targetQuantity: item?.targetQuantity ? String(item.targetQuantity) : '',
    fundingLevel: item?.fundingLevel ?? ('KCDP' as const),
    adminUnitId: item?.adminUnitId ? String(item.adminUnitId) : '',
    place: item?.place ?? '',
    expectedOutputs: item?.expectedOutputs ?? '',
    totalCostVnd: text(item?.totalCostVnd),
    requestedSupportVnd: text(item?.requestedSupportVnd),
    counterpartVnd: text(item?.counterpartVnd),
    otherFundingVnd: text(item?.otherFundingVnd),
    facilityIds: item?.beneficiaries.map((b) => b.facilityId) ?? [],
  };
  return (
    <>
      <PageHeader
        title={item ? `Sửa đề xuất: ${item.name}` : 'Thêm đề xuất đề án'}
        description={`Kế hoạch khuyến công năm ${plan.year} — ${plan.organization.name}`}
        actions={<ButtonLink href={back}>← Về kế hoạch</ButtonLink>}
      />
      {blocked ? (
        <Alert tone="warning">{blocked}</Alert>
      ) : (
        <PlanItemForm
          planId={plan.id}
          year={plan.year}
          initial={initial}
          options={{ categories: options.categories, targets: options.targets, adminUnits: options.adminUnits, facilities: options.facilities }}
          fixedAdminUnit={fixedAdminUnit}
          save={save}
          registerFacility={registerFacility}
          check={check}
        />
      )}
    </>
  );
}
