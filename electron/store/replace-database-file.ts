import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { fileStamp } from './file-stamp';

export interface ReplaceDatabaseFileOptions {
  /** A verified database file to put in place. */
  source: string;
  /** The database file of the data folder; must not be open. */
  target: string;
  /** Why the old file is set aside: `damaged` or `before-restore`, part of its new name. */
  asideLabel: string;
  now: () => Date;
}

/**
 * Puts a copy of `source` in place of `target`. The file being replaced (with its -wal and -shm,
 * which belong to it) is renamed aside, never deleted: it may still hold the only copy of
 * something, and a specialist can sometimes rescue a damaged file. Returns the aside name.
 */
export function replaceDatabaseFile({ source, target, asideLabel, now }: ReplaceDatabaseFileOptions): string | null {
  const temporary = `${target}.incoming.tmp`;
  rmSync(temporary, { force: true });
  copyFileSync(source, temporary);
  const fd = openSync(temporary, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }

  let aside: string | null = null;
  if (existsSync(target)) {
    aside = `${target}.${asideLabel}-${fileStamp(now())}`;
    for (let n = 2; existsSync(aside); n++) aside = `${target}.${asideLabel}-${fileStamp(now())}-${n}`;
    renameSync(target, aside);
  }
  for (const suffix of ['-wal', '-shm']) {
    // A WAL left beside the new file would be replayed into it; it goes with the file it belongs to.
    if (existsSync(target + suffix))
      renameSync(target + suffix, `${aside ?? `${target}.orphan-${fileStamp(now())}`}${suffix}`);
  }
  renameSync(temporary, target);
  return aside;
}
