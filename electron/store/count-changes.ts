import type { Db } from './open-database';

/**
 * How many rows this connection has changed since it opened, read as often as asked: two equal
 * readings mean nothing was written in between (the backup at quit is skipped then).
 */
export function countChanges(db: Db): () => number {
  const totalChanges = db.prepare<[], { n: number }>('SELECT total_changes() AS n');
  return () => totalChanges.get()!.n;
}
