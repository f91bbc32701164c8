import { useEffect, useMemo } from 'react';
import { createIncrementalChecker } from '../../../shared/checks/create-incremental-checker';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { Report } from '../../../shared/report/report';
import { createStore, type Store } from '../../app/create-store';
import type { Outlines } from '../report/OutlineSidebar';

/**
 * Checks the report whenever a part's outline is published — a moment after typing pauses, never
 * on the keystroke — re-checking only the paragraphs that changed.
 */
export function useLiveChecks(report: Report, outlines: Store<Outlines>): Store<CheckResult | undefined> {
  const results = useMemo(() => createStore<CheckResult | undefined>(undefined), []);
  useEffect(() => {
    const check = createIncrementalChecker();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const blocks = Object.fromEntries(Object.entries(outlines.get()).map(([key, outline]) => [key, outline.blocks]));
      results.set(() => check(documentFromReport(report, blocks)));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    };
    schedule();
    const unsubscribe = outlines.subscribe(schedule);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [report, outlines, results]);
  return results;
}
