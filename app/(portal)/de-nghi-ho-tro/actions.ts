'use server';

import { revalidatePath } from 'next/cache';
import {
  refuseSupportRequestSchema,
  supportRequestAttachmentIdSchema,
  supportRequestCheckSchema,
  supportRequestIdSchema,
  supportRequestSchema,
  takeSupportRequestSchema,
} from '@/lib/schemas/beneficiary';
import { action } from '@/lib/server/action';
import { detachSupportRequestDocument } from '@/lib/server/support-requests/detach-support-request-document';
import { previewSupportRequestCheck } from '@/lib/server/support-requests/preview-support-request-check';
import { refuseSupportRequest } from '@/lib/server/support-requests/refuse-support-request';
import { saveSupportRequest } from '@/lib/server/support-requests/save-support-request';
import { sendSupportRequest } from '@/lib/server/support-requests/send-support-request';
import { takeSupportRequest } from '@/lib/server/support-requests/take-support-request';

// Thin wrappers: each use case checks permission, scope and state itself.
const refresh = () => {
  revalidatePath('/de-nghi-ho-tro', 'layout');
  revalidatePath('/');
};

export const saveSupportRequestAction = action(supportRequestSchema, async (input, actor) => {
  const saved = await saveSupportRequest(actor, input);
  refresh();
  return saved;
});

export const checkSupportRequestAction = action(supportRequestCheckSchema, (input, actor) => previewSupportRequestCheck(actor, input));

export const sendSupportRequestAction = action(supportRequestIdSchema, async (input, actor) => {
  await sendSupportRequest(actor, input.requestId);
  refresh();
  return { message: 'Đã gửi đề nghị cho UBND xã.' };
});

export const takeSupportRequestAction = action(takeSupportRequestSchema, async (input, actor) => {
  const taken = await takeSupportRequest(actor, input);
  refresh();
  revalidatePath('/ke-hoach', 'layout');
  return taken;
});

export const refuseSupportRequestAction = action(refuseSupportRequestSchema, async (input, actor) => {
  await refuseSupportRequest(actor, input);
  refresh();
  return { message: 'Đã báo cơ sở lý do không đưa vào kế hoạch.' };
});

export const detachSupportRequestDocumentAction = action(supportRequestAttachmentIdSchema, async (input, actor) => {
  await detachSupportRequestDocument(actor, input.documentId);
  refresh();
  return { message: 'Đã rút tệp khỏi đề nghị.' };
});
