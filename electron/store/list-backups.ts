import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_FOLDER = 'backups';
const BACKUP_NAME = /^fazhi-nianbao-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.sqlite3$/;

export interface BackupFile {
  file: string;
  name: string;
  /** When it was taken, from its name (local time), as an ISO string. */
  takenAt: string;
  bytes: number;
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

/** The automatic backups in a data folder, newest first; files of any other name are not ours to touch. */
export function listBackups(dataDir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = BACKUP_NAME.exec(name);
      if (!match) return [];
      const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const file = join(backupDir(dataDir), name);
      const takenAt = new Date(year, month - 1, day, hours, minutes, seconds).toISOString();
      // Two backups in one second get -2, -3 …: the number orders them after the time.
      const order = `${match.slice(1, 7).join('')}${(match[7] ?? '1').padStart(4, '0')}`;
      return [{ file, name, takenAt, bytes: statSync(file).size, order }];
    })
    .sort((a, b) => b.order.localeCompare(a.order))
    .map(({ order: _order, ...backup }) => backup);
}
