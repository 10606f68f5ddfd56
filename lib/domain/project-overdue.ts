// A đề án whose end date has passed while it is still being carried out (no acceptance requested):
// the page and the list warn about it. `today` is the Vietnam calendar day, given by the caller.
import { formatDate } from './format';
import { PROJECT_RUNNING_STATES, type ProjectStatus } from './lifecycle/project';

export function overdueWarning(project: { status: ProjectStatus; endDate: Date | null }, today: Date): string | null {
  if (!project.endDate || !PROJECT_RUNNING_STATES.includes(project.status)) return null;
  if (project.endDate.toISOString().slice(0, 10) >= today.toISOString().slice(0, 10)) return null;
  return `Quá hạn: đã qua ngày kết thúc ${formatDate(project.endDate)} mà chưa nghiệm thu`;
}
