'use server';

import { revalidatePath } from 'next/cache';
import { fromFormData } from '@/lib/schemas/programme';
import { historyImportSchema, historyPreviewSchema } from '@/lib/schemas/report';
import { action } from '@/lib/server/action';
import { importHistory } from '@/lib/server/history/import-history';
import { previewHistoryImport } from '@/lib/server/history/preview-history-import';

export const previewHistoryAction = action(fromFormData(historyPreviewSchema), (input, actor) => previewHistoryImport(actor, input));

export const importHistoryAction = action(fromFormData(historyImportSchema), async (input, actor) => {
  const result = await importHistory(actor, input);
  revalidatePath('/bao-cao');
  return result;
});
