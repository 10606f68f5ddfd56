import type { DecisionKind } from '@/prisma/generated/client/enums';
import { optionalQuery, queryPage, queryYear, searchText } from './query';
import { z } from './z';

/** Dates arrive from forms as dd/mm/yyyy or ISO yyyy-mm-dd (native date inputs). */
export const dateInput = z
  .string()
  .trim()
  .min(1, 'Nhập ngày')
  .transform((value, ctx) => {
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const [y, m, d] = vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [NaN, NaN, NaN];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ (dd/mm/yyyy)' });
      return z.NEVER;
    }
    return date;
  });

/** Quyết định: số/ký hiệu, ngày, người ký, căn cứ — the same fields wherever a decision is recorded. */
export const decisionSchema = z.object({
  number: z.string().trim().min(1, 'Nhập số/ký hiệu quyết định').max(100),
  issuedOn: dateInput,
  issuer: z.string().trim().min(1, 'Nhập cơ quan ban hành').max(200),
  signer: z.string().trim().min(1, 'Nhập người ký').max(100),
  signerTitle: z.string().trim().max(150).optional(),
  legalBasis: z.string().trim().max(2000).optional(),
  summary: z.string().trim().min(1, 'Nhập trích yếu').max(1000),
});

export type DecisionInput = z.infer<typeof decisionSchema>;

export const DECISION_KINDS = [
  'PROGRAMME_APPROVAL',
  'PROGRAMME_AMENDMENT',
  'PLAN_APPROVAL',
  'PROJECT_APPROVAL',
  'AMENDMENT_APPROVAL',
  'ACCEPTANCE',
  'SETTLEMENT_APPROVAL',
  'OTHER',
] as const satisfies readonly DecisionKind[];

/** Filters of the decision register (URL search params; bad values are dropped, never an error page). */
export const decisionListQuerySchema = z.object({
  q: optionalQuery(searchText(200)),
  kind: optionalQuery(z.enum(DECISION_KINDS)),
  year: optionalQuery(queryYear()),
  page: queryPage(),
});
export type DecisionListQuery = z.infer<typeof decisionListQuerySchema>;
