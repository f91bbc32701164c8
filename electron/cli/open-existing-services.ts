import { existsSync } from 'node:fs';
import { packageVersion } from '../package-version';
import { openServices } from '../services/open-services';
import { databaseFile, resolveDataDir } from '../store/resolve-data-dir';
import type { CliIo } from './cli-command';
import { CliError } from './cli-error';

/**
 * Opens the services on an existing data folder. A command that reads must not create an empty
 * database where the clerk mistyped a folder name, so a missing database is an error.
 */
export function openExistingServices(dataDirOption: string | undefined, io: CliIo) {
  const dataDir = resolveDataDir({ override: dataDirOption, env: io.env, platform: io.platform, homedir: io.homedir });
  if (!existsSync(databaseFile(dataDir))) {
    throw new CliError(`在“${dataDir}”中找不到法治年报助手的数据库。请用 --data-dir 指定正确的数据目录。`);
  }
  try {
    return openServices({ dataDir, version: packageVersion() });
  } catch (error) {
    throw new CliError(`无法打开数据库：${error instanceof Error ? error.message : String(error)}`);
  }
}
