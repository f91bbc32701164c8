import { lazy, useEffect } from 'react';
import type { EarlyAnswers } from './create-early-answers';
import { Loading } from './Loading';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { useHashRoute } from './use-hash-route';
import { useQuery } from './use-query';

// The library is the first screen: it is in the main bundle. The others — the report editor with
// Lexical, import, the leader's edits, 汇审 — are loaded when first opened, so the library is
// usable before the editor's code has even been parsed.
// The recovery screen is rare: a damaged database or a refused folder.
const RecoveryScreen = lazy(async () => ({
  default: (await import('../features/recovery/RecoveryScreen')).RecoveryScreen,
}));
const ReportScreen = lazy(async () => ({ default: (await import('../features/report/ReportScreen')).ReportScreen }));
const ImportScreen = lazy(async () => ({ default: (await import('../features/import/ImportScreen')).ImportScreen }));
const LeaderEditsScreen = lazy(async () => ({
  default: (await import('../features/leader-edits/LeaderEditsScreen')).LeaderEditsScreen,
}));
const BatchReviewScreen = lazy(async () => ({
  default: (await import('../features/batch-review/BatchReviewScreen')).BatchReviewScreen,
}));

export function App({ early }: { early: EarlyAnswers }) {
  const route = useHashRoute();
  // Asked first: a damaged database or a refused data folder shows the recovery screen instead.
  const recovery = useQuery(() => early.take('recovery:state', undefined), []);
  // The first screen has taken its early answers in its own effects, which run before this one.
  useEffect(() => {
    if (recovery.data) early.forget();
  }, [early, recovery.data]);
  if (!recovery.data && !recovery.error) return null;
  if (recovery.data && recovery.data.status !== 'ready')
    return (
      <Loading>
        <RecoveryScreen state={recovery.data} onChange={() => void recovery.reload()} />
      </Loading>
    );
  if (route.name === 'report')
    return (
      <Loading>
        <ReportScreen id={route.id} panel={route.panel} />
      </Loading>
    );
  if (route.name === 'import')
    return (
      <Loading>
        <ImportScreen
          key={route.nextYear ? 'next-year' : (route.reportId ?? 'new')}
          reportId={route.reportId}
          nextYear={route.nextYear}
        />
      </Loading>
    );
  if (route.name === 'leader-edits')
    return (
      <Loading>
        <LeaderEditsScreen reportId={route.reportId} />
      </Loading>
    );
  if (route.name === 'batch-review')
    return (
      <Loading>
        <BatchReviewScreen batchId={route.batchId} entryId={route.entryId} />
      </Loading>
    );
  // A screen of its own for each: a notice about the list does not follow the clerk into 回收站.
  return <LibraryScreen key={route.name} showTrash={route.name === 'trash'} early={early} />;
}
