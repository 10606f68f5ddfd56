// The kernel's source rules, checked over the real tree, plus proof on small samples that each
// check does catch what it is meant to catch (a check that never fires would pass silently).
import { describe, expect, it } from 'vitest';
import {
  checkAll,
  envViolations,
  importViolations,
  sourceFiles,
  statusLiteralViolations,
  statusValues,
  statusWriteViolations,
} from './lib/boundaries.mjs';
import { CONTEST_ROUND_LIFECYCLE } from '../lib/domain/lifecycle/contest';
import { ACCEPTANCE_LIFECYCLE } from '../lib/domain/lifecycle/acceptance';
import { SUPPORT_REQUEST_LIFECYCLE } from '../lib/domain/lifecycle/beneficiary';
import { DOCUMENT_REVIEW_LIFECYCLE } from '../lib/domain/lifecycle/document';
import { PAYMENT_LIFECYCLE } from '../lib/domain/lifecycle/payment';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, PLAN_ITEM_REVIEW_LIFECYCLE } from '../lib/domain/lifecycle/plan';
import { PROGRAMME_LIFECYCLE } from '../lib/domain/lifecycle/programme';
import { AMENDMENT_LIFECYCLE, PROJECT_LIFECYCLE } from '../lib/domain/lifecycle/project';
import { REPAYMENT_LIFECYCLE } from '../lib/domain/lifecycle/repayment';
import { REPORT_LIFECYCLE } from '../lib/domain/lifecycle/report';
import { SETTLEMENT_LIFECYCLE, YEARLY_SETTLEMENT_LIFECYCLE } from '../lib/domain/lifecycle/settlement';
import { INSPECTION_LIFECYCLE } from '../lib/domain/lifecycle/inspection';
import { COLLABORATOR_LIFECYCLE } from '../lib/domain/lifecycle/collaborator';

/** The lifecycle of each status column of the schema. A new stateful model needs a line here and a table in lib/domain/lifecycle. */
const LIFECYCLE_OF_ENUM: Record<string, { statusLabels: object } | null> = {
  ProgrammeStatus: PROGRAMME_LIFECYCLE,
  ConsolidatedPlanStatus: CONSOLIDATED_PLAN_LIFECYCLE,
  AnnualPlanStatus: ANNUAL_PLAN_LIFECYCLE,
  PlanItemReview: PLAN_ITEM_REVIEW_LIFECYCLE,
  ProjectStatus: PROJECT_LIFECYCLE,
  AmendmentStatus: AMENDMENT_LIFECYCLE,
  AcceptanceStatus: ACCEPTANCE_LIFECYCLE,
  DocumentReview: DOCUMENT_REVIEW_LIFECYCLE,
  PaymentStatus: PAYMENT_LIFECYCLE,
  SettlementStatus: SETTLEMENT_LIFECYCLE,
  RepaymentStatus: REPAYMENT_LIFECYCLE,
  ReportStatus: REPORT_LIFECYCLE,
  YearlySettlementStatus: YEARLY_SETTLEMENT_LIFECYCLE,
  SupportRequestStatus: SUPPORT_REQUEST_LIFECYCLE,
  InspectionStatus: INSPECTION_LIFECYCLE,
  CollaboratorStatus: COLLABORATOR_LIFECYCLE,
  ContestRoundStatus: CONTEST_ROUND_LIFECYCLE,
  // A control's result, not a status: written once when the Kho bạc decides, never moved.
  TreasuryResult: null,
};

const sample = (files: Record<string, string>) => ({ files: Object.keys(files), read: (f: string) => files[f]! });
const where = (v: { file: string; line: number; message: string }[]) => v.map((x) => `${x.file}:${x.line} ${x.message}`);

describe('the source tree', () => {
  const violations = checkAll();
  const of = (rule: string) => where(violations.filter((v: { rule: string }) => v.rule === rule));

  it('has no status literal outside lib/domain', () => {
    expect(of('status-literal')).toEqual([]);
  });

  it('writes no status except through the generic transition', () => {
    expect(of('status-write')).toEqual([]);
  });

  it('has a lifecycle table for every status column of the schema, with exactly its values', () => {
    const { byEnum } = statusValues();
    expect(Object.keys(byEnum).sort()).toEqual(Object.keys(LIFECYCLE_OF_ENUM).sort());
    for (const [name, lifecycle] of Object.entries(LIFECYCLE_OF_ENUM)) {
      if (lifecycle) expect(Object.keys(lifecycle.statusLabels).sort(), name).toEqual([...byEnum[name]].sort());
    }
  });

  it('covers every status enum of the schema', () => {
    const { enums } = statusValues();
    for (const e of ['ProjectStatus', 'AcceptanceStatus', 'PlanItemReview', 'SettlementStatus', 'RepaymentStatus', 'ReportStatus']) expect(enums).toContain(e);
    expect(sourceFiles().length).toBeGreaterThan(100);
  });
});

describe('the checks themselves', () => {
  const values = new Set(['DRAFT', 'PAID']);
  type Check = (files: string[], read: (f: string) => string) => { file: string; line: number; message: string }[];

  it.each<{ finds: string; check: Check; files: Record<string, string>; flagged: string[] }>([
    {
      finds: 'status literals in server code, pages and components but not in lib/domain',
      check: (files, read) => statusLiteralViolations(files, read, values),
      files: {
        'lib/server/x.ts': "const a = { status: 'PAID' };",
        'components/y.tsx': 'if (s === "DRAFT") {}',
        'lib/domain/z.ts': "export const S = ['DRAFT'];",
        'app/w.tsx': "const label = 'Đã thanh toán (PAID)';",
      },
      flagged: ['lib/server/x.ts:1', 'components/y.tsx:1'],
    },
    {
      finds: 'status writes by update, updateMany, upsert and SQL, and allow them in the transition',
      check: statusWriteViolations,
      files: {
        'lib/server/a.ts': 'await tx.acceptance.update({ where: { id }, data: { notes, status: to } });',
        'lib/server/b.ts': 'await tx.planItem.updateMany({\n  where: { annualPlanId },\n  data: { review: next },\n});',
        'lib/server/c.ts': 'await tx.$executeRaw`UPDATE "Project" SET status = ${s}`;',
        'lib/server/d.ts': 'await tx.project.updateMany({ where: { id, status: from }, data: { name } });',
        'lib/server/lifecycle/transition.ts': 'tx.project.updateMany({ where: { id, status: from }, data: { ...changes, status: to } })',
      },
      flagged: ['lib/server/a.ts:1', 'lib/server/b.ts:1', 'lib/server/c.ts:1'],
    },
    {
      finds: 'imports across layer boundaries',
      check: importViolations,
      files: {
        'lib/domain/a.ts': "import { db } from '@/lib/server/db';\nimport type { Prisma } from '@/prisma/generated/client/client';",
        'lib/domain/b.ts': "import { x } from '../server/thing';\nimport { readFileSync } from 'node:fs';",
        'components/c.tsx': "import { act } from '@/app/(portal)/x/actions';",
        'app/d.tsx': "import { db } from '@/lib/server/db';",
        'lib/server/e.ts': "import { db } from '../db';",
        'app/f.tsx': "import Link from 'next/link';",
        'components/ui/link.tsx': "import NextLink from 'next/link';",
      },
      flagged: ['lib/domain/a.ts:1', 'lib/domain/b.ts:1', 'lib/domain/b.ts:2', 'components/c.tsx:1', 'app/d.tsx:1', 'app/f.tsx:1'],
    },
    {
      finds: 'process.env outside lib/server/env.ts',
      check: envViolations,
      files: { 'lib/server/env.ts': 'process.env.X', 'app/x.ts': 'const u = process.env.URL;' },
      flagged: ['app/x.ts:1'],
    },
  ])('find $finds', ({ check, files, flagged }) => {
    const { files: names, read } = sample(files);
    expect(where(check(names, read)).map((v) => v.split(' ')[0])).toEqual(flagged);
  });
});
