import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/**
 * Opens the one writer connection. WAL lets a CLI read while the app writes; synchronous=FULL
 * because a clerk's old PC may lose power and an acknowledged save must survive it.
 */
export function openDatabase(file: string, { busyTimeoutMs = 5000 }: { busyTimeoutMs?: number } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // First, so that every statement below waits for another program's lock too.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A WAL left larger by a long write is cut back to this size after each checkpoint.
  db.pragma('journal_size_limit = 4194304');
  return withImmediateTransactions(db);
}

/**
 * Every `db.transaction(fn)()` on this connection begins IMMEDIATE: a deferred transaction that
 * reads and then writes fails at once with SQLITE_BUSY when another connection (the CLI, a backup
 * tool) is writing, because SQLite cannot wait for a lock it would deadlock on. Taking the write
 * lock at BEGIN lets busy_timeout wait for it instead, so a save waits and then succeeds.
 */
function withImmediateTransactions(db: Db): Db {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const made = transaction(fn);
    const begin = (...args: never[]) => made.immediate(...args);
    return Object.assign(begin, {
      default: made.immediate,
      deferred: made.deferred,
      immediate: made.immediate,
      exclusive: made.exclusive,
    });
  }) as Db['transaction'];
  return db;
}

/** A clean close: the WAL is folded back and emptied first, so the folder holds one whole file. */
export function closeDatabase(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
