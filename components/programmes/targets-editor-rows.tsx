'use client';

import { type Control, type FieldErrors, type UseFormGetValues, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { PROGRAMME_UNITS } from '@/lib/domain/programme-units';
import { quantityCell, type TargetsEditValues } from '@/lib/schemas/programme';

type Errors = FieldErrors<TargetsEditValues>;
const cellInput = `${inputClass} min-w-16 px-2 py-1 text-right tabular`;
const cell = 'px-2 py-1.5 align-top';

function errorOf(errors: Errors, gi: number, ii: number, key: 'itemNo' | 'name' | 'unit' | 'statedTotal'): string | undefined {
  return errors.groups?.[gi]?.items?.[ii]?.[key]?.message;
}

function SmallError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-0.5 text-xs font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

/** Sum of the typed year cells, or null when none holds a valid number. */
function typedSum(values: string[]): number | null {
  let sum: number | null = null;
  for (const v of values) {
    const parsed = quantityCell.safeParse(v ?? '');
    if (parsed.success && parsed.data !== null) sum = (sum ?? 0) + parsed.data;
  }
  return sum;
}

function ItemRow(props: {
  gi: number;
  ii: number;
  groupCode: string;
  years: number[];
  control: Control<TargetsEditValues>;
  register: UseFormRegister<TargetsEditValues>;
  errors: Errors;
  onRemove: () => void;
}) {
  const { gi, ii, years, control, register, errors } = props;
  const row = useWatch({ control, name: `groups.${gi}.items.${ii}` });
  const where = `mục ${props.groupCode}.${row?.itemNo || '?'}`;
  const sum = typedSum(row?.values ?? []);
  const total = quantityCell.safeParse(row?.statedTotal ?? '');
  const inconsistent = total.success && total.data !== sum;
  const unit = row?.unit ?? '';
  const units: string[] = unit && !(PROGRAMME_UNITS as readonly string[]).includes(unit) ? [unit, ...PROGRAMME_UNITS] : [...PROGRAMME_UNITS];
  const id = (key: string) => `t-${gi}-${ii}-${key}`;
  const field = (key: 'itemNo' | 'name' | 'unit' | 'statedTotal') => {
    const message = errorOf(errors, gi, ii, key);
    return { invalid: !!message, message, describedBy: message ? id(`${key}-error`) : undefined };
  };
  const no = field('itemNo');
  const name = field('name');
  const unitField = field('unit');
  const totalField = field('statedTotal');
  return (
    <tr className={inconsistent ? 'bg-amber-50' : ''}>
      <td className={cell}>
        <input className={`${inputClass} w-14 px-2 py-1`} aria-label={`TT, ${where}`} aria-invalid={no.invalid || undefined} aria-describedby={no.describedBy} {...register(`groups.${gi}.items.${ii}.itemNo`)} />
        <SmallError id={id('itemNo-error')} message={no.message} />
      </td>
      <td className={cell}>
        <textarea className={`${inputClass} min-w-80 px-2 py-1`} rows={3} aria-label={`Nội dung, ${where}`} aria-invalid={name.invalid || undefined} aria-describedby={name.describedBy} {...register(`groups.${gi}.items.${ii}.name`)} />
        <SmallError id={id('name-error')} message={name.message} />
      </td>
      <td className={cell}>
        <select className={`${inputClass} min-w-28 px-2 py-1`} aria-label={`ĐVT, ${where}`} aria-invalid={unitField.invalid || undefined} aria-describedby={unitField.describedBy} {...register(`groups.${gi}.items.${ii}.unit`)}>
          <option value="">— Chọn —</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        <SmallError id={id('unit-error')} message={unitField.message} />
      </td>
      {years.map((year, yi) => {
        const message = errors.groups?.[gi]?.items?.[ii]?.values?.[yi]?.message;
        return (
          <td key={year} className={cell}>
            <input className={cellInput} inputMode="numeric" aria-label={`Năm ${year}, ${where}`} aria-invalid={!!message || undefined} aria-describedby={message ? id(`y${yi}-error`) : undefined} {...register(`groups.${gi}.items.${ii}.values.${yi}`)} />
            <SmallError id={id(`y${yi}-error`)} message={message} />
          </td>
        );
      })}
      <td className={cell}>
        <input className={cellInput} inputMode="numeric" aria-label={`Tổng nội dung, ${where}`} aria-invalid={totalField.invalid || undefined} aria-describedby={totalField.describedBy ?? (inconsistent ? id('sum') : undefined)} {...register(`groups.${gi}.items.${ii}.statedTotal`)} />
        <SmallError id={id('statedTotal-error')} message={totalField.message} />
        {inconsistent && (
          <p id={id('sum')} className="mt-0.5 whitespace-nowrap text-xs font-medium text-amber-900">
            ⚠ tổng các năm: {sum ?? 'không có'}
          </p>
        )}
      </td>
      <td className={cell}>
        <Button variant="ghost" className="min-h-8 px-2 py-1 text-red-700" onClick={props.onRemove} aria-label={`Xóa ${where}`}>
          Xóa
        </Button>
      </td>
    </tr>
  );
}

/** One group of the editor: its header row (code, name) and its item rows. */
export function GroupRows(props: {
  gi: number;
  years: number[];
  control: Control<TargetsEditValues>;
  register: UseFormRegister<TargetsEditValues>;
  errors: Errors;
  getValues: UseFormGetValues<TargetsEditValues>;
  onRemoveGroup: () => void;
}) {
  const { gi, years, control, register, errors } = props;
  const items = useFieldArray({ control, name: `groups.${gi}.items` });
  const code = useWatch({ control, name: `groups.${gi}.code` });
  const nameError = errors.groups?.[gi]?.name?.message;
  function addItem() {
    const numbers = (props.getValues(`groups.${gi}.items`) ?? []).map((i) => Number.parseInt(i.itemNo, 10)).filter(Number.isFinite);
    const next = (numbers.length ? Math.max(...numbers) : 0) + 1;
    items.append({ itemNo: String(next), name: '', unit: '', values: years.map(() => ''), statedTotal: '' });
  }
  return (
    <>
      <tr className="bg-slate-50">
        <th scope="row" className={`${cell} text-left font-semibold`}>
          {code}
        </th>
        <td className={cell} colSpan={years.length + 3}>
          <input className={`${inputClass} px-2 py-1 font-semibold`} aria-label={`Tên nhóm ${code}`} aria-invalid={!!nameError || undefined} aria-describedby={nameError ? `g-${gi}-name-error` : undefined} {...register(`groups.${gi}.name`)} />
          <SmallError id={`g-${gi}-name-error`} message={nameError} />
        </td>
        <td className={`${cell} whitespace-nowrap`}>
          <Button variant="ghost" className="min-h-8 px-2 py-1" onClick={addItem} aria-label={`Thêm chỉ tiêu vào nhóm ${code}`}>
            + Chỉ tiêu
          </Button>
          {items.fields.length === 0 && (
            <Button variant="ghost" className="min-h-8 px-2 py-1 text-red-700" onClick={props.onRemoveGroup} aria-label={`Xóa nhóm ${code}`}>
              Xóa
            </Button>
          )}
        </td>
      </tr>
      {items.fields.map((f, ii) => (
        <ItemRow key={f.id} gi={gi} ii={ii} groupCode={code} years={years} control={control} register={register} errors={errors} onRemove={() => items.remove(ii)} />
      ))}
    </>
  );
}
