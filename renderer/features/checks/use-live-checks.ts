import { useEffect, useMemo } from 'react';
import { createIncrementalChecker } from '../../../shared/checks/create-incremental-checker';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { Outline } from '../../../shared/outline/outline';
import type { Report } from '../../../shared/report/report';
import { call } from '../../api';
import { createStore, type Store } from '../../app/create-store';
import type { Outlines } from '../report/OutlineSidebar';

/**
 * Checks the report whenever a part's outline is published — a moment after typing pauses, never
 * on the keystroke — re-checking only the paragraphs that changed.
 */
export function useLiveChecks(report: Report, outline: Outline, outlines: Store<Outlines>): Store<CheckResult | undefined> {
  const results = useMemo(() => createStore<CheckResult | undefined>(undefined), []);
  useEffect(() => {
    const check = createIncrementalChecker();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const run = async () => {
      const blocks = Object.fromEntries(Object.entries(outlines.get()).map(([key, partOutline]) => [key, partOutline.blocks]));
      // Figures, marks and last year's plans change in other panels: read them fresh each time.
      const context = await call('reports:check-context', { reportId: report.id }).catch(() => undefined);
      if (stopped) return;
      const next = check(documentFromReport(report, blocks, context && { outline, ...context }));
      // Same findings as before: keep the old result, so nothing re-renders.
      results.set((current) => (current && JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 150);
    };
    schedule();
    const unsubscribe = outlines.subscribe(schedule);
    // The other panels save on their own; look again every few seconds so their changes show.
    const refresh = setInterval(schedule, 5000);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(refresh);
      unsubscribe();
    };
  }, [report, outline, outlines, results]);
  return results;
}
