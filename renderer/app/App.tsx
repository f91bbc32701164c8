import { LibraryScreen } from '../features/library/LibraryScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { useHashRoute } from './use-hash-route';

export function App() {
  const route = useHashRoute();
  return route.name === 'report' ? <ReportScreen id={route.id} /> : <LibraryScreen showTrash={route.name === 'trash'} />;
}
