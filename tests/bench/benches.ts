import type { BenchGroup } from './bench';
import { backupBenches } from './backup-benches';
import { batchReviewBenches } from './batch-review-benches';
import { checkBenches } from './check-benches';
import { cliBenches } from './cli-benches';
import { editorBenches } from './editor-benches';
import { exportBenches } from './export-benches';
import { importBenches } from './import-benches';
import { storeBenches } from './store-benches';

/** Every benchmark `npm run bench` runs; a new group is one file and one line here. */
export const BENCH_GROUPS: readonly BenchGroup[] = [
  { benches: storeBenches },
  { benches: backupBenches },
  { benches: checkBenches },
  { benches: cliBenches },
  { benches: exportBenches },
  { benches: importBenches },
  { benches: batchReviewBenches },
  editorBenches,
];
