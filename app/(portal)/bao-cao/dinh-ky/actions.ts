'use server';

import { revalidatePath } from 'next/cache';
import { periodicReportIdSchema, periodicReportOpenSchema, periodicReportReviewSchema, periodicReportSaveSchema } from '@/lib/schemas/report';
import { action } from '@/lib/server/action';
import { createPeriodicReport } from '@/lib/server/reports/periodic/create-periodic-report';
import { reviewPeriodicReport } from '@/lib/server/reports/periodic/review-periodic-report';
import { savePeriodicReport } from '@/lib/server/reports/periodic/save-periodic-report';
import { submitPeriodicReport } from '@/lib/server/reports/periodic/submit-periodic-report';
import { withdrawPeriodicReport } from '@/lib/server/reports/periodic/withdraw-periodic-report';

export const openPeriodicReportAction = action(periodicReportOpenSchema, async (input, actor) => {
  const { id } = await createPeriodicReport(actor, input);
  return { href: `/bao-cao/dinh-ky/${id}` };
});

export const savePeriodicReportAction = action(periodicReportSaveSchema, async (input, actor) => {
  await savePeriodicReport(actor, input);
  revalidatePath(`/bao-cao/dinh-ky/${input.reportId}`);
  return { message: 'Đã lưu báo cáo.' };
});

export const submitPeriodicReportAction = action(periodicReportIdSchema, async (input, actor) => {
  await submitPeriodicReport(actor, input.reportId);
  revalidatePath('/bao-cao/dinh-ky');
  return { message: 'Đã gửi báo cáo đến Sở Công Thương.' };
});

export const withdrawPeriodicReportAction = action(periodicReportIdSchema, async (input, actor) => {
  await withdrawPeriodicReport(actor, input.reportId);
  revalidatePath('/bao-cao/dinh-ky');
  return { message: 'Đã rút báo cáo về dự thảo: sửa rồi gửi lại.' };
});

export const reviewPeriodicReportAction = action(periodicReportReviewSchema, async (input, actor) => {
  await reviewPeriodicReport(actor, input);
  revalidatePath('/bao-cao/dinh-ky');
  return { message: input.decision === 'accept' ? 'Đã chấp nhận báo cáo.' : 'Đã trả lại báo cáo.' };
});
