import { useEffect, useMemo } from 'react';
import { createIncrementalChecker } from '../../../shared/checks/create-incremental-checker';
import { documentFromReport, type CheckContext } from '../../../shared/checks/document-from-report';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { Outline } from '../../../shared/outline/outline';
import type { Report } from '../../../shared/report/report';
import { call } from '../../api';
import { createStore, type Store } from '../../app/create-store';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';

export interface LiveChecks {
  results: Store<CheckResult | undefined>;
  /** Says that figures or checklist marks were saved elsewhere: read them again and re-check. */
  contextChanged: () => void;
}

/**
 * Checks the report whenever a part's outline is published — a moment after typing pauses, never
 * on the keystroke — re-checking only the paragraphs that changed. The figures, menu marks and last
 * year's plans are read once, and again only when a panel says it saved some.
 */
export function useLiveChecks(report: Report, outline: Outline, liveParts: Store<LiveParts>): LiveChecks {
  const results = useMemo(() => createStore<CheckResult | undefined>(undefined), []);
  const contextVersion = useMemo(() => createStore(0), []);
  useEffect(() => {
    const check = createIncrementalChecker();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let context: Promise<CheckContext | undefined> | undefined;
    const readContext = () =>
      call('reports:check-context', { reportId: report.id }).then(
        (data) => ({ outline, ...data }),
        () => undefined,
      );
    const run = async () => {
      const blocks = Object.fromEntries(
        Object.entries(liveParts.get()).map(([key, partOutline]) => [key, partOutline.blocks]),
      );
      const known = await (context ??= readContext());
      if (stopped) return;
      const next = check(documentFromReport(report, blocks, known));
      // Same findings as before: keep the old result, so nothing re-renders.
      results.set((current) => (current && JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 150);
    };
    schedule();
    const unsubscribeOutlines = liveParts.subscribe(schedule);
    const unsubscribeContext = contextVersion.subscribe(() => {
      context = undefined;
      schedule();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribeOutlines();
      unsubscribeContext();
    };
  }, [report, outline, liveParts, results, contextVersion]);
  return useMemo(
    () => ({ results, contextChanged: () => contextVersion.set((version) => version + 1) }),
    [results, contextVersion],
  );
}
