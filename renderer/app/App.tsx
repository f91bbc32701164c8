import { call } from '../api';
import { BatchReviewScreen } from '../features/batch-review/BatchReviewScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { LeaderEditsScreen } from '../features/leader-edits/LeaderEditsScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { useHashRoute } from './use-hash-route';
import { useQuery } from './use-query';

export function App() {
  const route = useHashRoute();
  // Asked first: a damaged database or a refused data folder shows the recovery screen instead.
  const recovery = useQuery(() => call('recovery:state', undefined), []);
  if (!recovery.data && !recovery.error) return null;
  if (recovery.data && recovery.data.status !== 'ready')
    return <RecoveryScreen state={recovery.data} onChange={() => void recovery.reload()} />;
  if (route.name === 'report') return <ReportScreen id={route.id} panel={route.panel} />;
  if (route.name === 'import')
    return (
      <ImportScreen
        key={route.nextYear ? 'next-year' : (route.reportId ?? 'new')}
        reportId={route.reportId}
        nextYear={route.nextYear}
      />
    );
  if (route.name === 'leader-edits') return <LeaderEditsScreen reportId={route.reportId} />;
  if (route.name === 'batch-review') return <BatchReviewScreen batchId={route.batchId} entryId={route.entryId} />;
  // A screen of its own for each: a notice about the list does not follow the clerk into 回收站.
  return <LibraryScreen key={route.name} showTrash={route.name === 'trash'} />;
}
