import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from '../../../electron/store/migrate';
import { openDatabase } from '../../../electron/store/open-database';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => row.sql.replace(/\s+/g, ' ').trim());
}

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['organizations', 'reports', 'parts', 'indicators', 'revisions']),
    );
    // Nothing ever used the settings table or an indicator's note (issue 13): 010-drop-unused drops them.
    expect(tables.map((table) => table.name)).not.toContain('settings');
    const indicatorColumns = db.prepare<[], { name: string }>('PRAGMA table_info(indicators)').all();
    expect(indicatorColumns.map((column) => column.name)).not.toContain('note');
  });

  it('drops the unused settings table and indicator note from a database written before, keeping the figures', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.findIndex((migration) => migration.name === '010-drop-unused');
    migrate(db, MIGRATIONS.slice(0, before));
    db.exec(`
      INSERT INTO organizations VALUES ('o', '四平市教育局', 'x');
      INSERT INTO reports (id, organization_id, year, title, outline_version, created_at, updated_at)
        VALUES ('r', 'o', 2024, '报告', 'v', 'x', 'x');
      INSERT INTO indicators (report_id, key, value, not_applicable, note, updated_at)
        VALUES ('r', 'penalty_cases', 2, 0, '', 'x');
    `);
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT key, value, not_applicable FROM indicators').all()).toEqual([
      { key: 'penalty_cases', value: 2, not_applicable: 0 },
    ]);
  });

  it('does nothing when the database is already current (idempotent re-open)', () => {
    const file = join(tempDir(), 'db.sqlite3');
    const first = openDatabase(file);
    migrate(first, MIGRATIONS);
    const before = schemaOf(first);
    first.close();

    const again = openDatabase(file);
    expect(migrate(again, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    expect(schemaOf(again)).toEqual(before);
    again.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS);
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/更新版本.*请安装最新版本/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 3);
  });

  it('rolls back a failing migration together with its version bump', () => {
    const db = openDatabase(':memory:');
    const broken: Migration[] = [
      { name: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        name: 'fails halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
  });

  it('opens files with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'pragmas.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the schema as recorded; a change to a migration shows up here', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS);
    expect(schemaOf(db)).toMatchSnapshot();
  });
});
