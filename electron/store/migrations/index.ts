import type { Migration } from '../migrate';
import { initial } from './001-initial';
import { editing } from './002-editing';
import { acknowledgements } from './003-acknowledgements';
import { status } from './004-status';
import { batchReview } from './007-batch-review';
import { statusRecord } from './008-status-record';
import { packageRecords } from './009-package-records';
import { dropUnused } from './010-drop-unused';

/** Every migration in order; the list is explicit because a directory scan breaks inside asar. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  editing,
  acknowledgements,
  status,
  batchReview,
  statusRecord,
  packageRecords,
  dropUnused,
];
