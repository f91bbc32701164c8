import { existsSync } from 'node:fs';
import { packageVersion } from '../package-version';
import { createDataFolder } from '../services/data-folder';
import type { Services } from '../services/open-services';
import { databaseFile, resolveDataDir } from '../store/resolve-data-dir';
import type { CliIo } from './cli-command';
import { CliError } from './cli-error';

/**
 * Opens the services on an existing data folder through the same layer as the app (folder
 * refusals, quick_check, a too-new database refused). A command that reads must not create an
 * empty database where the clerk mistyped a folder name, so a missing database is an error.
 */
export function openExistingServices(
  dataDirOption: string | undefined,
  io: CliIo,
): {
  services: Services;
  close(): void;
} {
  const dataDir = resolveDataDir({ override: dataDirOption, env: io.env, platform: io.platform, homedir: io.homedir });
  if (!existsSync(databaseFile(dataDir))) {
    throw new CliError(`在“${dataDir}”中找不到法治年报助手的数据库。请用 --data-dir 指定正确的数据目录。`);
  }
  const folder = createDataFolder({ dataDir, version: packageVersion() });
  const state = folder.open();
  if (state.status === 'ready') {
    // A command is not a working session: the automatic backups stay the app's.
    return { services: state.services, close: () => folder.close({ backup: false }) };
  }
  folder.close({ backup: false });
  if (state.status === 'damaged')
    throw new CliError(`${state.reason}\n请打开法治年报助手，在“数据需要恢复”页面中从备份恢复。`);
  // A folder in use by the app (its lock) or refused (read-only, full disk) says why in its reason.
  throw new CliError(state.status === 'closed' ? '无法打开数据库。请关闭法治年报助手后重试。' : state.reason);
}
