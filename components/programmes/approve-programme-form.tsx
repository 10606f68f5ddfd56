'use client';

import type { z } from 'zod';
import { DecisionFileForm } from '@/components/ui/decision-file-form';
import { decisionSchema } from '@/lib/schemas/decision';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof decisionSchema>;

/** Records the UBND decision approving the programme, with its scanned file. */
export function ApproveProgrammeForm({
  programmeId,
  programmeName,
  approve,
}: {
  programmeId: number;
  programmeName: string;
  approve: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  return (
    <DecisionFileForm<Values>
      ariaLabel="Phê duyệt chương trình"
      intro={<p className="text-sm text-slate-700">Ghi nhận quyết định của UBND phê duyệt chương trình. Sau khi phê duyệt, mọi thay đổi chỉ tiêu được lưu thành điều chỉnh.</p>}
      idPrefix="approve"
      schema={decisionSchema}
      defaultValues={{ issuer: 'UBND thành phố', summary: `Phê duyệt ${programmeName}` }}
      fixed={{ programmeId: String(programmeId) }}
      file={{ id: 'approve-file', label: 'Tệp quyết định (PDF, ảnh, Word)', accept: '.pdf,.jpg,.jpeg,.png,.docx', required: false, hint: 'Không bắt buộc' }}
      submitLabel="Phê duyệt chương trình"
      send={approve}
    />
  );
}
