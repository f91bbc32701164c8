import { renameSync, rmSync, statSync } from 'node:fs';
import { flushFile } from './flush-file';
import type { Db } from './open-database';
import type { Migration } from './migrate';
import { verifyDatabaseFile } from './verify-database-file';

/** A snapshot that did not pass its own check; the temporary file is gone, nothing else changed. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/**
 * Writes a consistent copy of the open database to `target`: VACUUM INTO a temporary name beside
 * it, flush it to disk, check it as a database of its own, and only then rename it into place —
 * so a half-written or unreadable copy never carries a backup's name.
 */
export function snapshotDatabase(
  db: Db,
  target: string,
  migrations: readonly Migration[],
): { file: string; bytes: number } {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    rmSync(temporary, { force: true });
    // A bound parameter, so a folder name with quotes in it cannot change the statement.
    db.prepare('VACUUM INTO ?').run(temporary);
    flushFile(temporary);
    const check = verifyDatabaseFile(temporary, migrations);
    if (!check.ok) throw new SnapshotError(`备份文件写好后检查未通过：${check.reason}。`);
    renameSync(temporary, target);
    return { file: target, bytes: statSync(target).size };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
