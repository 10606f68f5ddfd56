import 'server-only';
import { PROJECT_INITIAL_STATE } from '@/lib/domain/lifecycle/project';
import { projectPeriodProblems, regimeOf } from '@/lib/domain/date-rules';
import type { Actor } from '@/lib/domain/roles';
import type { ProjectGeneralInput } from '@/lib/schemas/project';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { assertDates, today } from '../dates';
import { db, type Tx } from '../db';
import { AppError, forbiddenError } from '../errors';
import { allocateProjectCode } from './allocate-project-code';
import { assertProjectReferences } from './assert-project-references';
import { projectGeneralData } from './project-general-data';

/** The implementing unit: the actor's own organisation, else the province's Trung tâm Khuyến công. */
async function implementingOrgOf(tx: Tx, actor: Actor, provinceId: number): Promise<number> {
  if (actor.organizationId) {
    const own = await tx.organization.findFirst({ where: { id: actor.organizationId, provinceId }, select: { id: true } });
    if (own) return own.id;
  }
  const ttkc = await tx.organization.findFirst({ where: { provinceId, kind: 'TTKC' }, select: { id: true } });
  if (!ttkc) throw new AppError('VALIDATION', 'Chưa có Trung tâm Khuyến công trong danh mục đơn vị của địa phương.');
  return ttkc.id;
}

/** Creates a đề án in DRAFT with its code; beneficiaries and estimate come next. */
export async function createProject(actor: Actor, input: ProjectGeneralInput): Promise<{ id: number; code: string }> {
  assertCan(actor, 'project:edit');
  const provinceId = actor.provinceId;
  if (provinceId === null) throw forbiddenError('Tài khoản không gắn với địa phương nào.');
  assertDates(projectPeriodProblems(input));
  return db.$transaction(async (tx) => {
    await assertProjectReferences(tx, provinceId, input);
    const code = await allocateProjectCode(tx, provinceId, input.fundingLevel, input.year);
    const project = await tx.project.create({
      data: {
        provinceId,
        code,
        ...projectGeneralData(input),
        implementingOrgId: await implementingOrgOf(tx, actor, provinceId),
        // The rules of the đề án's own dates: a 2022 đề án entered today follows 2022's rules.
        regime: regimeOf({ ...input, approvedOn: null }, today()),
        createdById: actor.id,
      },
      select: { id: true, code: true },
    });
    await recordAudit(tx, actor, { entityType: 'Project', entityId: project.id, provinceId, event: 'create', toStatus: PROJECT_INITIAL_STATE, data: toAuditJson({ code, ...input }) });
    return project;
  });
}
