import type { CheckResult } from '../../../shared/checks/run-checks';
import { useStore, type Store } from '../../app/create-store';

/** The number of errors and warnings, on the 检查 tab. */
export function CheckCountBadge({ checks }: { checks: Store<CheckResult | undefined> }) {
  const counts = useStore(checks)?.counts;
  if (!counts || counts.error + counts.warning === 0) return null;
  return <span className={`tab-badge ${counts.error ? 'error' : 'warning'}`}>{counts.error + counts.warning}</span>;
}
