import { ok, type Result } from '../../shared/ipc/result';
import { DEADLINE_DEFAULTS } from '../../shared/status/deadline-defaults';
import type { DeadlineRules } from '../../shared/status/deadline-rules';
import type { DeadlineSettings } from '../../shared/status/deadline-settings';
import { deadlinesFor, localDate, type Deadlines } from '../../shared/status/deadlines-for';
import type { Store } from '../store/create-store';
import { reportMissing } from './report-missing';

export type DeadlineService = ReturnType<typeof createDeadlineService>;

/** 报送 and 公开 dates from the report year, with the organization's own dates where it set them. */
export function createDeadlineService({ store, now }: { store: Store; now: () => Date }) {
  const { reports, deadlineRules: rules, organizations } = store;
  const today = () => localDate(now());

  function settings(reportId: string): Result<DeadlineSettings> {
    const report = reports.findSummary(reportId);
    const organizationId = rules.organizationOf(reportId);
    if (!report || !organizationId) return reportMissing();
    const custom = rules.find(organizationId);
    const effective = custom ?? DEADLINE_DEFAULTS;
    return ok({
      rules: effective,
      defaults: DEADLINE_DEFAULTS,
      custom: custom !== undefined,
      deadlines: deadlinesFor(report.year, effective, today(), report.status),
    });
  }

  function forReport(reportId: string, day = today()): Deadlines | undefined {
    const report = reports.findSummary(reportId);
    const organizationId = rules.organizationOf(reportId);
    if (!report || !organizationId) return undefined;
    return deadlinesFor(report.year, rules.find(organizationId), day, report.status);
  }

  return {
    settings,
    forReport,

    /**
     * The dates of a report not yet created (the import review asks before 确认导入): the named
     * organization's own dates when it has them, a new organization's the national ones.
     */
    forYear(organizationName: string, year: number): Deadlines {
      const organization = organizations.find(organizationName.trim());
      return deadlinesFor(year, organization && rules.find(organization.id), today());
    },

    /** Sets the dates for every report of the report's organization; null goes back to the defaults. */
    setRules(reportId: string, next: DeadlineRules | null): Result<DeadlineSettings> {
      const organizationId = rules.organizationOf(reportId);
      if (!organizationId) return reportMissing();
      if (next) rules.save(organizationId, next, now().toISOString());
      else rules.remove(organizationId);
      return settings(reportId);
    },

    /** Every report in the library with its deadlines, for the list's badges. */
    list(day = today()): { reportId: string; deadlines: Deadlines }[] {
      return reports.list(false).map((report) => ({ reportId: report.id, deadlines: forReport(report.id, day)! }));
    },
  };
}
