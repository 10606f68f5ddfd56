'use client';

import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, SubmitButton } from '@/components/ui/button';
import { FormMessages, SelectControl, TextControl } from '@/components/ui/form-controls';
import { SELF_REGISTRATION_TAX_CODE_HINT } from '@/lib/domain/facility-registration';
import { LEGAL_FORM_LABELS } from '@/lib/domain/labels';
import { facilityRegistrationSchema, type FacilityRegistrationValues } from '@/lib/schemas/beneficiary';
import { LEGAL_FORMS } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';
import { useServerForm } from '@/components/ui/use-server-form';

const EMPTY: FacilityRegistrationValues = {
  name: '',
  legalForm: '' as never,
  taxCode: '',
  representative: '',
  phone: '',
  address: '',
  adminUnitId: '',
  sector: '',
  workers: '',
  username: '',
  email: '',
  password: '',
  confirmPassword: '',
};

/** Public self-registration of a facility (phone first: one column, large fields). */
export function RegistrationForm({
  adminUnits,
  registerAction,
}: {
  adminUnits: { value: number; label: string }[];
  registerAction: (values: FacilityRegistrationValues) => Promise<ActionResult<{ username: string }>>;
}) {
  const [done, setDone] = useState<string | null>(null);
  const { form, error, onSubmit } = useServerForm<FacilityRegistrationValues, { username: string }>({
    schema: facilityRegistrationSchema,
    defaultValues: EMPTY,
    action: registerAction as never,
    onSuccess: (data) => {
      setDone(data.username);
    },
  });
  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Đã gửi đăng ký">
          Tài khoản “{done}” đã được tạo. UBND xã hoặc Trung tâm Khuyến công sẽ xác minh thông tin cơ sở; trong lúc chờ, bạn có thể đăng nhập để theo dõi.
        </Alert>
        <ButtonLink href="/dang-nhap" variant="primary" className="w-full justify-center">
          Đăng nhập
        </ButtonLink>
      </div>
    );
  }
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <fieldset className="space-y-3">
          <legend className="text-base font-semibold text-slate-900">Thông tin cơ sở</legend>
          <TextControl name="name" label="Tên cơ sở" required />
          <SelectControl name="legalForm" label="Loại hình" required options={LEGAL_FORMS.map((f) => ({ value: f, label: LEGAL_FORM_LABELS[f] }))} />
          <TextControl name="taxCode" label="Mã số thuế" required inputMode="numeric" hint={SELF_REGISTRATION_TAX_CODE_HINT} />
          <TextControl name="representative" label="Người đại diện" required />
          <TextControl name="phone" label="Số điện thoại" required type="tel" inputMode="numeric" />
          <SelectControl name="adminUnitId" label="Xã/đặc khu nơi sản xuất" required options={adminUnits} />
          <TextControl name="address" label="Địa chỉ sản xuất" required />
          <TextControl name="sector" label="Ngành nghề" required placeholder="Ví dụ: dệt may, cơ khí, chế biến nông sản" />
          <TextControl name="workers" label="Số lao động" required inputMode="numeric" />
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="text-base font-semibold text-slate-900">Tài khoản đăng nhập</legend>
          <TextControl name="username" label="Tên đăng nhập" required hint="Chữ không dấu, số, dấu chấm, gạch" />
          <TextControl name="email" label="Email (không bắt buộc)" type="email" />
          <TextControl name="password" label="Mật khẩu" required type="password" hint="Tối thiểu 12 ký tự; nên dùng một cụm nhiều từ" />
          <TextControl name="confirmPassword" label="Nhập lại mật khẩu" required type="password" />
        </fieldset>
        <FormMessages error={error} />
        <SubmitButton className="w-full justify-center" sending={form.formState.isSubmitting} pendingLabel="Đang gửi…">
          Gửi đăng ký
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
