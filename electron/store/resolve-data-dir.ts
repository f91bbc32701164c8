import { join } from 'node:path';

export const DATA_DIR_ENV = 'FAZHI_NIANBAO_DATA_DIR';
const FOLDER = 'fazhi-nianbao';

export interface DataDirSources {
  /** An explicit folder from the command line (`--data-dir`), if any. */
  override: string | undefined;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** `--data-dir DIR` or `--data-dir=DIR`, if given. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/**
 * Where the database lives: the flag, then the environment variable, then the platform's
 * per-user data folder. The app, the CLI and the preview all use this, so they find the same data.
 */
export function resolveDataDir({ override, env, platform, homedir }: DataDirSources): string {
  const chosen = override || env[DATA_DIR_ENV];
  if (chosen) return chosen;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir, 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return join(homedir, 'Library', 'Application Support', FOLDER);
  return join(env.XDG_DATA_HOME || join(homedir, '.local', 'share'), FOLDER);
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'fazhi-nianbao.sqlite3');
}
