import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/**
 * Opens the one writer connection. WAL lets a CLI read while the app writes; synchronous=FULL
 * because a clerk's old PC may lose power and an acknowledged save must survive it.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A WAL left larger by a long write is cut back to this size after each checkpoint.
  db.pragma('journal_size_limit = 4194304');
  return db;
}
