import { ok, type Result } from '../../shared/ipc/result';
import type { ChecklistEntry } from '../../shared/outline/checklist';
import type { IndicatorValue } from '../../shared/report/report-snapshot';
import type { ChecklistService } from './checklist-service';
import type { IndicatorService } from './indicator-service';
import type { ReportService } from './report-service';

export type CheckContextService = ReturnType<typeof createCheckContextService>;

/** What the checks know of a report beside its text, as the live checks and the overview both use it. */
export interface ReportCheckContext {
  indicators: IndicatorValue[];
  checklist: ChecklistEntry[];
  previousPlans: string[];
}

interface CheckContextServiceDeps {
  reports: ReportService;
  indicators: IndicatorService;
  checklist: ChecklistService;
}

export function createCheckContextService({ reports, indicators, checklist }: CheckContextServiceDeps) {
  return {
    /** The year's figures, the menu marks and last year's plans of one report. */
    get(reportId: string): Result<ReportCheckContext> {
      const figures = indicators.get(reportId);
      if (!figures.ok) return figures;
      const marks = checklist.list(reportId);
      if (!marks.ok) return marks;
      const plans = reports.previousPlans(reportId);
      if (!plans.ok) return plans;
      return ok({ indicators: figures.value.values, checklist: marks.value, previousPlans: plans.value });
    },
  };
}
