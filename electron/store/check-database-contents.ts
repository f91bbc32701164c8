import Database from 'better-sqlite3';
import { Acknowledgement } from '../../shared/checks/acknowledgement';
import { ChecklistEntry } from '../../shared/outline/checklist';
import { checkPartContent } from '../../shared/report/check-part-content';
import { Report } from '../../shared/report/report';
import { IndicatorValue, ReportSnapshot } from '../../shared/report/report-snapshot';
import { Review } from '../../shared/status/review';
import { StatusChange } from '../../shared/status/status-change';
import type { Migration } from './migrate';
import { createStore } from './create-store';
import type { Db } from './open-database';

const TABLE_DETAIL = ['table_info', 'foreign_key_list', 'index_list'] as const;

/**
 * A database's structure as the app depends on it: every table with its columns, foreign keys and
 * indexes (and their columns), every view and trigger. Described from SQLite's pragmas rather than
 * the CREATE text, so two databases made by the same migrations compare equal whatever SQLite
 * version wrote them.
 */
export function describeSchema(db: Db): string[] {
  const entries = db
    .prepare<[], { type: string; name: string; tbl_name: string }>(
      "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all();
  return entries.flatMap(({ type, name, tbl_name }) => {
    if (type === 'table')
      return TABLE_DETAIL.map(
        (pragma) => `table ${name} ${pragma} ${JSON.stringify(db.pragma(`${pragma}("${name}")`))}`,
      );
    if (type === 'index')
      return [`index ${name} on ${tbl_name} ${JSON.stringify(db.pragma(`index_xinfo("${name}")`))}`];
    return [`${type} ${name} on ${tbl_name}`];
  });
}

/** The structure the first `version` migrations make, built in memory. */
export function expectedSchema(migrations: readonly Migration[], version: number): string[] {
  const fresh = new Database(':memory:');
  try {
    for (const migration of migrations.slice(0, version)) migration.up(fresh);
    return describeSchema(fresh);
  } finally {
    fresh.close();
  }
}

/** What differs between the structure found and the one expected, in words; null when none does. */
export function schemaDifference(found: readonly string[], expected: readonly string[]): string | null {
  const name = (entry: string) => entry.split(' ').slice(0, 2).join(' ');
  const missing = [...new Set(expected.filter((entry) => !found.includes(entry)).map(name))];
  const extra = [...new Set(found.filter((entry) => !expected.includes(entry)).map(name))];
  if (!missing.length && !extra.length) return null;
  const words = (entries: string[]) =>
    entries
      .map((entry) => {
        const [type = '', what = ''] = entry.split(' ');
        return `${TYPE_WORDS[type] ?? type}“${what}”`;
      })
      .join('、');
  const parts = [
    missing.length ? `缺少或不同于本程序所建的${words(missing)}` : '',
    extra.length ? `多出本程序不会建立的${words(extra)}` : '',
  ].filter(Boolean);
  return `数据结构被改动过（${parts.join('；')}）`;
}

const TYPE_WORDS: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' };

/**
 * Reads every row of a database at the current schema through the repositories and the schemas
 * the app itself uses, so a file that opens but would break a screen (a status no version wrote,
 * a part that is not editor content, a record of a report that does not exist) is refused before
 * it is put in place. Returns why not, or null.
 */
export function checkDatabaseContents(db: Db): string | null {
  const orphan = db.pragma('foreign_key_check') as { table: string }[];
  if (orphan.length) return `表“${orphan[0]!.table}”中有 ${orphan.length} 条记录指向不存在的报告或单位`;
  const { reports, statuses, reviews, indicators, checklist, acknowledgements } = createStore(db);
  for (const summary of [...reports.list(false), ...reports.list(true)]) {
    const where = `报告“${summary.title}”`;
    const report = Report.safeParse(reports.find(summary.id));
    if (!report.success) return `${where}的记录不完整或取值无效`;
    for (const part of report.data.parts) {
      const problem = checkPartContent(part.contentJson);
      if (problem) return `${where}的“${part.heading}”部分${problem}`;
    }
    const rows: [string, unknown[], { safeParse(value: unknown): { success: boolean } }][] = [
      ['状态记录', statuses.list(summary.id), StatusChange],
      ['审核记录', safely(() => reviews.list(summary.id)), Review],
      ['数据指标', indicators.list(summary.id), IndicatorValue],
      ['写作清单', checklist.list(summary.id), ChecklistEntry],
      ['检查确认', acknowledgements.list(summary.id), Acknowledgement],
    ];
    for (const [label, list, schema] of rows)
      if (!list.every((row) => schema.safeParse(row).success)) return `${where}的${label}取值无效`;
  }
  const revisions = db.prepare<[], { report_id: string; snapshot_json: string }>(
    'SELECT report_id, snapshot_json FROM revisions',
  );
  for (const revision of revisions.iterate()) {
    const snapshot = ReportSnapshot.safeParse(safely(() => JSON.parse(revision.snapshot_json)));
    if (!snapshot.success || snapshot.data.parts.some((part) => checkPartContent(part.contentJson)))
      return '历史版本中有内容无法读取的记录';
  }
  return null;
}

/** A row whose JSON cannot be read counts as an invalid row, not as a crash of the check. */
function safely<T>(read: () => T): T | [undefined] {
  try {
    return read();
  } catch {
    return [undefined];
  }
}
