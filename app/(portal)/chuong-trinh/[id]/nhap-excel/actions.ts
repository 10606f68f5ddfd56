'use server';

import { revalidatePath } from 'next/cache';
import { appendixImportSchema, appendixPreviewSchema, fromFormData } from '@/lib/schemas/programme';
import { action } from '@/lib/server/action';
import { importProgrammeAppendix } from '@/lib/server/programmes/import-programme-appendix';
import { previewAppendixImport } from '@/lib/server/programmes/preview-appendix-import';

export const previewAppendixAction = action(fromFormData(appendixPreviewSchema), (input, actor) => previewAppendixImport(actor, input));

export const importAppendixAction = action(fromFormData(appendixImportSchema), async (input, actor) => {
  const changes = await importProgrammeAppendix(actor, input);
  revalidatePath(`/chuong-trinh/${input.programmeId}`);
  return { changes: changes.length };
});
