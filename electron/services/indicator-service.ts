import { fail, ok, type Result } from '../../shared/ipc/result';
import { checkIndicatorValue } from '../../shared/outline/check-indicator-value';
import { CURRENT_OUTLINE, findOutline } from '../../shared/outline/outlines';
import type { IndicatorValue, ReportIndicators } from '../../shared/report/report-snapshot';
import type { Store } from '../store/create-store';
import { refuseIfFrozen } from './refuse-if-frozen';
import { reportMissing } from './report-missing';

export type IndicatorService = ReturnType<typeof createIndicatorService>;

export function createIndicatorService({ store, now }: { store: Store; now: () => Date }) {
  const { reports, indicators } = store;
  return {
    get(reportId: string): Result<ReportIndicators> {
      const report = reports.findSummary(reportId);
      if (!report) return reportMissing('数据指标没有保存');
      const previousId = reports.findPreviousYear(reportId);
      return ok({
        values: indicators.list(reportId),
        previous: previousId ? { year: report.year - 1, values: indicators.list(previousId) } : null,
      });
    },
    save(reportId: string, value: IndicatorValue): Result<IndicatorValue> {
      const report = reports.find(reportId);
      if (!report) return reportMissing('数据指标没有保存');
      const frozen = refuseIfFrozen(reports, reportId);
      if (frozen) return frozen;
      const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
      const problem = checkIndicatorValue(value, outline.indicators);
      if (problem) return fail('invalid-input', `${problem}，数据指标没有保存。`);
      indicators.save(reportId, value, now().toISOString());
      return ok(value);
    },
  };
}
