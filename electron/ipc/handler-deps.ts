import type { ChooseSavePath } from '../files/choose-save-path';
import type { DataFolder } from '../services/data-folder';
import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

/** What the recovery channels need of the data folder; the database under the services can change. */
export type FolderAccess = Pick<DataFolder, 'state' | 'recoveryState' | 'recoverFromBackup' | 'restoreFromBytes'>;

/** What the router is given once: how the clerk picks where a file is saved, and the data folder. */
export interface FolderDeps {
  chooseSavePath: ChooseSavePath;
  /** The data folder under the services: recovery and 从备份恢复… swap its database. */
  folder: FolderAccess;
}

/** What every handler module is built from: the above, and the services on the database open now. */
export interface HandlerDeps extends FolderDeps {
  services: Services;
}

/**
 * The one shape of a handler module: its channels, from the deps it reads. A module that reads no
 * services (the recovery channels) asks for FolderDeps only, so it can be built while the database is unusable.
 */
export type HandlerFactory = (deps: HandlerDeps) => Partial<Handlers>;
