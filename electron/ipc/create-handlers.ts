import type { Services } from '../services/open-services';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { batchReviewHandlers } from './batch-review-handlers';
import { editingHandlers } from './editing-handlers';
import { exportHandlers } from './export-handlers';
import type { FolderDeps, HandlerDeps, HandlerFactory } from './handler-deps';
import type { Handlers } from './handlers';
import { importHandlers } from './import-handlers';
import { leaderEditsHandlers } from './leader-edits-handlers';
import { mergeHandlers } from './merge-handlers';
import { packageHandlers } from './package-handlers';
import { recoveryHandlers } from './recovery-handlers';
import { reportHandlers } from './report-handlers';
import { statusHandlers } from './status-handlers';

/**
 * One line per feature, each module built the same way. `satisfies` fails the build when a
 * contract channel has no handler; mergeHandlers throws at start-up when two modules answer one.
 */
export function createHandlers(services: Services, folderDeps: FolderDeps): Handlers {
  const deps: HandlerDeps = { ...folderDeps, services };
  // Each module must be a HandlerFactory, and keeps its own return type, so `satisfies` below sees every channel.
  const build = <F extends HandlerFactory>(factory: F): ReturnType<F> => factory(deps) as ReturnType<F>;
  return mergeHandlers(
    build(appHandlers),
    build(reportHandlers),
    build(editingHandlers),
    build(importHandlers),
    build(leaderEditsHandlers),
    build(exportHandlers),
    build(recoveryHandlers),
    build(backupHandlers),
    build(packageHandlers),
    build(statusHandlers),
    build(batchReviewHandlers),
  ) satisfies Handlers;
}
