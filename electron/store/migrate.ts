import type { Db } from './open-database';

export interface Migration {
  /** Shown in errors and logs; the position in the list is the version. */
  name: string;
  up(db: Db): void;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `这个数据库由更新版本的法治年报助手写入（数据结构版本 ${found}），当前程序只认识到版本 ${supported}。` +
        '请安装最新版本的法治年报助手后再打开；数据库未作任何改动。',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the migrations the database has not seen yet, each in its own transaction together
 * with the user_version bump, so a crash leaves the database at a whole version.
 */
export function migrate(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > migrations.length) throw new DatabaseTooNewError(from, migrations.length);
  migrations.slice(from).forEach((migration, index) => {
    const version = from + index + 1;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${version}`);
    })();
  });
  return { from, to: migrations.length };
}
