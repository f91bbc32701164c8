import type { Part, Report, ReportHeader, ReportSummary } from '../../shared/report/report';
import type { ReportStatus } from '../../shared/status/report-status';
import type { PartKey } from '../../shared/outline/part-key';
import type { Db } from './open-database';

interface ReportRow {
  id: string;
  organization_id: string;
  organization_name: string;
  year: number;
  title: string;
  addressee: string;
  signature: string;
  issued_on: string | null;
  status: string;
  outline_version: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface PartRow {
  key: string;
  position: number;
  heading: string;
  content_json: string | null;
  plain_text: string;
  updated_at: string;
}

export interface NewReportRow {
  id: string;
  organizationId: string;
  year: number;
  title: string;
  addressee: string;
  signature: string;
  issuedOn: string | null;
  status: ReportStatus;
  outlineVersion: string;
  createdAt: string;
}

export interface NewPartRow {
  key: PartKey;
  heading: string;
  contentJson: string | null;
  plainText: string;
}

const toSummary = (row: ReportRow): ReportSummary => ({
  id: row.id,
  organizationName: row.organization_name,
  year: row.year,
  title: row.title,
  status: row.status as ReportStatus,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toPart = (row: PartRow): Part => ({
  key: row.key as PartKey,
  heading: row.heading,
  contentJson: row.content_json,
  plainText: row.plain_text,
  updatedAt: row.updated_at,
});

const SELECT_REPORT = `
  SELECT r.*, o.name AS organization_name
  FROM reports r JOIN organizations o ON o.id = r.organization_id`;

export type ReportRepository = ReturnType<typeof createReportRepository>;

/** All SQL about reports and their parts; rows become model objects here and nowhere else. */
export function createReportRepository(db: Db) {
  const statements = {
    list: db.prepare<[number], ReportRow>(
      `${SELECT_REPORT} WHERE (r.deleted_at IS NOT NULL) = ? ORDER BY r.updated_at DESC, r.created_at DESC`,
    ),
    find: db.prepare<[string], ReportRow>(`${SELECT_REPORT} WHERE r.id = ?`),
    insert: db.prepare(`
      INSERT INTO reports (id, organization_id, year, title, addressee, signature, issued_on, status,
                           outline_version, created_at, updated_at)
      VALUES (@id, @organizationId, @year, @title, @addressee, @signature, @issuedOn, @status,
              @outlineVersion, @createdAt, @createdAt)`),
    rename: db.prepare<[string, string, string]>('UPDATE reports SET title = ?, updated_at = ? WHERE id = ?'),
    setStatus: db.prepare<[string, string, string]>('UPDATE reports SET status = ?, updated_at = ? WHERE id = ?'),
    setDeleted: db.prepare<[string | null, string]>('UPDATE reports SET deleted_at = ? WHERE id = ?'),
    // Every table that holds a report's rows references reports(id) ON DELETE CASCADE.
    purge: db.prepare<[string]>('DELETE FROM reports WHERE id = ?'),
    parts: db.prepare<[string], PartRow>('SELECT * FROM parts WHERE report_id = ? ORDER BY position'),
    insertPart: db.prepare(`
      INSERT INTO parts (report_id, key, position, heading, content_json, plain_text, updated_at)
      VALUES (@reportId, @key, @position, @heading, @contentJson, @plainText, @updatedAt)`),
    savePart: db.prepare(`
      UPDATE parts SET content_json = @contentJson, plain_text = @plainText, updated_at = @at
      WHERE report_id = @reportId AND key = @key`),
    touch: db.prepare<[string, string]>('UPDATE reports SET updated_at = ? WHERE id = ?'),
    updateHeader: db.prepare(`
      UPDATE reports SET title = @title, addressee = @addressee, signature = @signature, issued_on = @issuedOn,
                         updated_at = @at
      WHERE id = @id`),
    previous: db.prepare<[string, number], { id: string }>(`
      SELECT id FROM reports WHERE organization_id = ? AND year = ? AND deleted_at IS NULL
      ORDER BY updated_at DESC LIMIT 1`),
    organizationOf: db.prepare<[string], { organization_id: string; year: number }>(
      'SELECT organization_id, year FROM reports WHERE id = ?',
    ),
  };

  return {
    list(deleted: boolean): ReportSummary[] {
      return statements.list.all(deleted ? 1 : 0).map(toSummary);
    },
    findSummary(id: string): ReportSummary | undefined {
      const row = statements.find.get(id);
      return row && toSummary(row);
    },
    find(id: string): Report | undefined {
      const row = statements.find.get(id);
      if (!row) return undefined;
      return {
        ...toSummary(row),
        addressee: row.addressee,
        signature: row.signature,
        issuedOn: row.issued_on,
        outlineVersion: row.outline_version,
        parts: statements.parts.all(id).map(toPart),
      };
    },
    insert(report: NewReportRow, parts: readonly NewPartRow[]): void {
      statements.insert.run(report);
      parts.forEach((part, position) =>
        statements.insertPart.run({ ...part, reportId: report.id, position, updatedAt: report.createdAt }),
      );
    },
    rename(id: string, title: string, at: string): void {
      statements.rename.run(title, at, id);
    },
    /** Only with the move's record in statuses, in the same transaction. */
    setStatus(id: string, status: ReportStatus, at: string): void {
      statements.setStatus.run(status, at, id);
    },
    setDeleted(id: string, deletedAt: string | null): void {
      statements.setDeleted.run(deletedAt, id);
    },
    purge(id: string): void {
      statements.purge.run(id);
    },
    /** Returns false when the report has no such part. */
    savePart(reportId: string, key: PartKey, contentJson: string | null, plainText: string, at: string): boolean {
      const changed = statements.savePart.run({ reportId, key, contentJson, plainText, at }).changes > 0;
      if (changed) statements.touch.run(at, reportId);
      return changed;
    },
    updateHeader(id: string, header: ReportHeader, at: string): void {
      statements.updateHeader.run({ id, ...header, at });
    },
    /** The same organization's report for the year before, if there is one outside the trash. */
    findPreviousYear(id: string): string | undefined {
      const report = statements.organizationOf.get(id);
      return report && statements.previous.get(report.organization_id, report.year - 1)?.id;
    },
  };
}
