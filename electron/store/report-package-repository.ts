import type { ReportPackage } from '../../shared/report/report-package';
import type { Db } from './open-database';

/** What makes a revision the same one: its time and why it was taken. */
export const revisionKey = (createdAt: string, reason: string) => `${createdAt}|${reason}`;

export type ReportPackageRepository = ReturnType<typeof createReportPackageRepository>;

/** The SQL that writes a whole imported report at once; reading goes through the usual repositories. */
export function createReportPackageRepository(db: Db) {
  const statements = {
    revisions: db.prepare<[string], { reason: string; snapshot_json: string; chars: number; created_at: string }>(
      'SELECT reason, snapshot_json, chars, created_at FROM revisions WHERE report_id = ? ORDER BY id',
    ),
    upsertReport: db.prepare(`
      INSERT INTO reports (id, organization_id, year, title, addressee, signature, issued_on, status, outline_version,
                           created_at, updated_at, deleted_at)
      VALUES (@id, @organizationId, @year, @title, @addressee, @signature, @issuedOn, @status, @outlineVersion,
              @createdAt, @updatedAt, NULL)
      ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, year = excluded.year,
        title = excluded.title, addressee = excluded.addressee, signature = excluded.signature,
        issued_on = excluded.issued_on, status = excluded.status, outline_version = excluded.outline_version,
        updated_at = excluded.updated_at, deleted_at = NULL`),
    // This office's own moves and sign-offs stay (a 覆盖 keeps them, as 前一轮); a package's are replaced.
    clear: [
      ...['parts', 'indicators', 'checklist', 'acknowledgements'].map(
        (table) => `DELETE FROM ${table} WHERE report_id = ?`,
      ),
      ...['status_changes', 'reviews'].map((table) => `DELETE FROM ${table} WHERE report_id = ? AND from_package = 1`),
    ].map((sql) => db.prepare<[string]>(sql)),
    insertPart: db.prepare(`
      INSERT INTO parts (report_id, key, position, heading, content_json, plain_text, updated_at)
      VALUES (@reportId, @key, @position, @heading, @contentJson, @plainText, @updatedAt)`),
    insertStatusChange: db.prepare(`
      INSERT INTO status_changes (report_id, move, from_status, to_status, note, created_at, happened_on, channel,
                                  from_package)
      VALUES (@reportId, @move, @from, @to, @note, @createdAt, @happenedOn, @channel, 1)`),
    insertReview: db.prepare(`
      INSERT INTO reviews (report_id, stage, reviewer, reviewed_on, result, comment, privacy_json, created_at,
                           from_package)
      VALUES (@reportId, @stage, @reviewer, @reviewedOn, @result, @comment, @privacyJson, @createdAt, 1)`),
    revisionKeys: db.prepare<[string], { created_at: string; reason: string }>(
      'SELECT created_at, reason FROM revisions WHERE report_id = ?',
    ),
  };

  return {
    /** Revisions with their snapshots, oldest first, as a package carries them. */
    revisions: (reportId: string) => statements.revisions.all(reportId),
    /**
     * Writes the report row, its parts and its path to submission (status moves and sign-offs, which
     * belong to the text they were made on), replacing what the report had; revisions and this
     * office's own records are kept. The package's moves and sign-offs are stored as 来自报告包
     * whatever the file says: it cannot make them this office's.
     */
    writeReport(pkg: ReportPackage, organizationId: string): void {
      const { report } = pkg;
      statements.upsertReport.run({ ...report, organizationId });
      for (const clear of statements.clear) clear.run(report.id);
      pkg.parts.forEach((part, position) => statements.insertPart.run({ ...part, reportId: report.id, position }));
      for (const change of pkg.statusChanges) statements.insertStatusChange.run({ ...change, reportId: report.id });
      for (const review of pkg.reviews)
        statements.insertReview.run({
          ...review,
          reportId: report.id,
          privacyJson: JSON.stringify(review.privacyFindings),
        });
    },
    /**
     * The revisions already present, by revisionKey, read in one query: one that comes back in a
     * package (the same report sent back and forth) is not added twice.
     */
    revisionKeys: (reportId: string): Set<string> =>
      new Set(statements.revisionKeys.all(reportId).map((row) => revisionKey(row.created_at, row.reason))),
  };
}
