import { submissionReadiness } from '../../shared/checks/acknowledgement';
import { submissionCounts } from '../../shared/checks/blocks-submission';
import { checkStoredReport } from '../../shared/checks/check-stored-report';
import type { CheckContext } from '../../shared/checks/document-from-report';
import type { CheckResult } from '../../shared/checks/run-checks';
import { ok, type Result } from '../../shared/ipc/result';
import { CURRENT_OUTLINE, findOutline } from '../../shared/outline/outlines';
import { countChars } from '../../shared/report/count-chars';
import { localDate } from '../../shared/status/deadlines-for';
import { nextAction } from '../../shared/status/next-action';
import { ReportSummary, type Report } from '../../shared/report/report';
import type { DashboardView } from '../../shared/status/dashboard-view';
import { compareUrgency } from '../../shared/status/open-deadline';
import type { ReportOverview } from '../../shared/status/report-overview';
import type { AcknowledgementService } from './acknowledgement-service';
import type { CheckContextService } from './check-context-service';
import type { DeadlineService } from './deadline-service';
import type { IndicatorService } from './indicator-service';
import type { ReportService } from './report-service';
import type { ReviewService } from './review-service';
import type { RevisionService } from './revision-service';
import type { StatusService } from './status-service';
import { reportMissing } from './report-missing';

export interface OverviewServiceDeps {
  now: () => Date;
  reports: ReportService;
  indicators: IndicatorService;
  checkContexts: CheckContextService;
  acknowledgements: AcknowledgementService;
  reviews: ReviewService;
  revisions: RevisionService;
  statuses: StatusService;
  deadlines: DeadlineService;
}

export type OverviewService = ReturnType<typeof createOverviewService>;

/** A report at a glance — status, deadlines, open findings, part lengths, next action — for the dashboard and the CLI. */
export function createOverviewService(deps: OverviewServiceDeps) {
  const { now, reports, indicators, checkContexts, acknowledgements, reviews, revisions, statuses, deadlines } = deps;

  // The checks of a report as it was last looked at: going back to the library after working on
  // another report does not re-check this one. Keyed by the whole report and its check context, so
  // any change to either checks afresh; a few reports' worth, as the library shows one in full.
  const checkedByReport = new Map<string, { key: string; result: CheckResult }>();
  function checked(report: Report, context: Omit<CheckContext, 'outline'>): CheckResult {
    const key = JSON.stringify([report, context]);
    const cached = checkedByReport.get(report.id);
    if (cached?.key === key) return cached.result;
    const result = checkStoredReport(report, context);
    if (checkedByReport.size >= 8) checkedByReport.delete(checkedByReport.keys().next().value!);
    checkedByReport.delete(report.id);
    checkedByReport.set(report.id, { key, result });
    return result;
  }

  function overview(reportId: string, day = localDate(now())): Result<ReportOverview> {
    const found = reports.get(reportId);
    const context = checkContexts.get(reportId);
    const figures = indicators.get(reportId);
    const confirmed = acknowledgements.list(reportId);
    if (!found.ok || !context.ok || !figures.ok || !confirmed.ok) return reportMissing();
    const report = found.value;
    const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
    const round = reviews.currentRound(reportId);
    const checks = checked(report, context.value);
    const openErrors = submissionReadiness(checks.findings, confirmed.value).blocking.length;
    const parts = report.parts.map((part) => {
      const definition = outline.parts.find((candidate) => candidate.key === part.key);
      return {
        key: part.key,
        chars: countChars(part.plainText),
        targetChars: definition?.targetChars ?? 0,
        required: definition?.required ?? false,
      };
    });
    const exportedAt = revisions.lastExportedAt(reportId);
    const since = statuses.since(reportId) ?? '';
    return ok({
      report: ReportSummary.parse(report),
      deadlines: deadlines.forReport(reportId, day)!,
      // Counted as 提交前检查 counts them, so 错误 here is the dialog's number.
      findings: { ...submissionCounts(checks.findings), openErrors },
      parts,
      reviews: round,
      nextAction: nextAction({
        status: report.status,
        parts,
        openErrors,
        reviews: round,
        exportedSinceStatus: exportedAt !== undefined && exportedAt > since,
      }),
      indicators: figures.value,
    });
  }

  return {
    overview,

    /** Every report in the library, newest year first. */
    all(day?: string): ReportOverview[] {
      return reports
        .list(false)
        .toSorted((a, b) => b.year - a.year)
        .flatMap((report) => {
          const result = overview(report.id, day);
          return result.ok ? [result.value] : [];
        });
    },

    /**
     * The report whose deadline is nearest and not yet met, in full, and the others below it. Ties
     * (and a library where everything is done) go to the latest year, then the copy worked on last.
     */
    dashboard(day?: string): DashboardView | null {
      const ranked = reports
        .list(false)
        .toSorted((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))
        .flatMap((report) => {
          const due = deadlines.forReport(report.id, day);
          return due ? [{ report, deadlines: due }] : [];
        })
        .toSorted((a, b) => compareUrgency(a.deadlines, b.deadlines));
      const [first, ...others] = ranked;
      if (!first) return null;
      const focus = overview(first.report.id, day);
      return focus.ok ? { focus: focus.value, others } : null;
    },
  };
}
