import type { ChooseSavePath } from '../files/choose-save-path';
import type { Services } from '../services/open-services';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { batchReviewHandlers } from './batch-review-handlers';
import { editingHandlers } from './editing-handlers';
import { exportHandlers } from './export-handlers';
import type { Handlers } from './handlers';
import { importHandlers } from './import-handlers';
import { leaderEditsHandlers } from './leader-edits-handlers';
import { packageHandlers } from './package-handlers';
import { recoveryHandlers, type FolderAccess } from './recovery-handlers';
import { reportHandlers } from './report-handlers';
import { statusHandlers } from './status-handlers';

/** What the handlers need besides the services: how the clerk picks where a file is saved, and the data folder. */
export interface HandlerDeps {
  chooseSavePath: ChooseSavePath;
  /** The data folder under the services: recovery and 从备份恢复… swap its database. */
  folder: FolderAccess;
}

/** One line per feature; `satisfies` fails the build when a contract channel has no handler. */
export function createHandlers(services: Services, deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(services),
    ...reportHandlers(services),
    ...editingHandlers(services),
    ...importHandlers(services),
    ...leaderEditsHandlers(services),
    ...exportHandlers(services, deps),
    ...recoveryHandlers(deps.folder),
    ...backupHandlers(services, deps.chooseSavePath),
    ...packageHandlers(services, deps.chooseSavePath),
    ...statusHandlers(services),
    ...batchReviewHandlers(services, deps.chooseSavePath),
  } satisfies Handlers;
}
