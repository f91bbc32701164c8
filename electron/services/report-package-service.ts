import { gzipSync } from 'node:zlib';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ReportSummary } from '../../shared/report/report';
import {
  REPORT_PACKAGE_EXTENSION,
  REPORT_PACKAGE_FORMAT,
  REPORT_PACKAGE_VERSION,
  type PackageImportOutcome,
  type ReportPackage,
} from '../../shared/report/report-package';
import { REPORT_PACKAGE_MAX_BYTES } from '../../shared/report/report-package-limits';
import { ReportSnapshot, type RevisionReason } from '../../shared/report/report-snapshot';
import type { ChooseSavePath } from '../files/choose-save-path';
import { saveFileAs } from '../files/save-file-as';
import type { ReadPackageBytes } from '../import/read-package-in-worker';
import {
  MAX_UNPACKED_BYTES as UNPACKED_LIMIT,
  readReportPackage,
  type ReadPackage,
} from '../import/read-report-package';
import { UnreadableFileError } from '../import/unreadable-file-error';
import { REPORT_STATUS_LABELS } from '../../shared/status/report-status-labels';
import { frozenMessage, isFrozen } from '../../shared/status/status-moves';
import type { Store } from '../store/create-store';
import { revisionKey } from '../store/report-package-repository';
import type { RevisionService } from './revision-service';
import { reportMissing } from './report-missing';

export interface ReportPackageServiceDeps {
  store: Store;
  now: () => Date;
  newId: () => string;
  version: string;
  revisions: RevisionService;
  /** How a package's bytes are unpacked and checked: in a worker thread in the app and the preview. */
  readPackage?: ReadPackageBytes;
}

/** What storing a package did, or why it waits for the clerk: an existing report is never overwritten unasked. */
type ImportOutcome =
  | { status: 'imported'; report: ReportSummary; replaced: boolean; revisionsLeftOut: number }
  | { status: 'exists'; existing: ReportSummary; incoming: { title: string; updatedAt: string } };

export const MAX_PACKAGE_BYTES = REPORT_PACKAGE_MAX_BYTES;
export const MAX_UNPACKED_BYTES = UNPACKED_LIMIT;

export type ReportPackageService = ReturnType<typeof createReportPackageService>;

/** 导出报告包 / 导入报告包: one report with its history, indicators and checks as one gzip'd JSON file. */
export function createReportPackageService({
  store,
  now,
  newId,
  version,
  revisions,
  readPackage = readReportPackage,
}: ReportPackageServiceDeps) {
  const {
    db,
    reports,
    organizations,
    indicators,
    checklist,
    acknowledgements,
    packages,
    revisions: history,
    statuses,
    reviews,
  } = store;

  function exportPackage(reportId: string): Result<{ bytes: Buffer; fileName: string }> {
    const report = reports.find(reportId);
    if (!report) return reportMissing('报告包没有导出');
    const pkg: ReportPackage = {
      format: REPORT_PACKAGE_FORMAT,
      version: REPORT_PACKAGE_VERSION,
      exportedAt: now().toISOString(),
      appVersion: version,
      report: {
        id: report.id,
        organizationName: report.organizationName,
        year: report.year,
        title: report.title,
        addressee: report.addressee,
        signature: report.signature,
        issuedOn: report.issuedOn,
        status: report.status,
        outlineVersion: report.outlineVersion,
        createdAt: report.createdAt,
        updatedAt: report.updatedAt,
      },
      parts: report.parts,
      revisions: packages.revisions(reportId).map((row) => ({
        reason: row.reason as RevisionReason,
        chars: row.chars,
        createdAt: row.created_at,
        snapshot: ReportSnapshot.parse(JSON.parse(row.snapshot_json)),
      })),
      indicators: indicators.list(reportId),
      checklist: checklist.list(reportId),
      acknowledgements: acknowledgements.list(reportId),
      statusChanges: statuses.list(reportId).map(({ id: _id, ...change }) => change),
      reviews: reviews.list(reportId).map(({ id: _id, ...review }) => review),
    };
    const safeTitle = report.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);
    return ok({ bytes: gzipSync(JSON.stringify(pkg)), fileName: `${safeTitle}${REPORT_PACKAGE_EXTENSION}` });
  }

  /**
   * The package waiting for 覆盖 or 取消, already read and checked. Only the latest question is
   * kept, so at most one package stays in memory; a new import or a restart forgets it.
   */
  let pending: { id: string; read: ReadPackage } | undefined;

  /** Stores a checked package in one transaction; the database work is bounded by the history kept. */
  function storePackage({ pkg, revisionsLeftOut }: ReadPackage, replace: boolean): Result<ImportOutcome> {
    return db.transaction((): Result<ImportOutcome> => {
      const at = now().toISOString();
      const existing = reports.findSummary(pkg.report.id);
      if (existing && !replace) {
        return ok({
          status: 'exists',
          existing,
          incoming: { title: pkg.report.title, updatedAt: pkg.report.updatedAt },
        });
      }
      // A report this office has finalized changes only by its own recorded decision (重新打开),
      // never by a file from elsewhere, however alike its id.
      if (existing && isFrozen(existing.status)) {
        return fail(
          'frozen',
          `本机的这份报告${REPORT_STATUS_LABELS[existing.status]}，不能用报告包覆盖。${frozenMessage(existing.status)}` +
            '这一步会记入状态记录；之后再导入报告包。',
        );
      }
      // What is replaced stays in the history, so an import can be undone from 历史版本.
      if (existing) revisions.take(existing.id, 'before-import', at);
      const organization = organizations.findOrCreate(pkg.report.organizationName, newId, at);
      packages.writeReport(pkg, organization.id);
      // 覆盖 is this office's decision, recorded as such; a move at this moment also makes every earlier
      // sign-off — its own kept ones and the package's — one of an earlier round, not of this text.
      if (existing) {
        reports.setStatus(pkg.report.id, pkg.report.status, at);
        statuses.record(
          pkg.report.id,
          'import-package',
          existing.status,
          pkg.report.status,
          '覆盖前的内容保存在历史版本“导入之前”中',
          at,
        );
      }
      // The history already here is read once: one query per version made thousands of them cost minutes.
      const known = packages.revisionKeys(pkg.report.id);
      for (const revision of pkg.revisions) {
        if (known.has(revisionKey(revision.createdAt, revision.reason))) continue;
        history.insert(
          pkg.report.id,
          revision.reason,
          JSON.stringify(revision.snapshot),
          revision.chars,
          revision.createdAt,
        );
      }
      indicators.replaceAll(pkg.report.id, pkg.indicators, at);
      for (const entry of pkg.checklist) checklist.set(pkg.report.id, entry.itemKey, entry.state, at);
      for (const note of pkg.acknowledgements)
        acknowledgements.save(pkg.report.id, note.findingKey, note.note, note.createdAt);
      return ok({
        status: 'imported',
        report: reports.findSummary(pkg.report.id)!,
        replaced: existing !== undefined,
        revisionsLeftOut,
      });
    })();
  }

  /**
   * 导入报告包: reads and checks the file (in a worker thread in the app), then stores it — or, when
   * the report is already here, keeps it under a `pendingId` and asks (`exists`). With `replace`
   * the existing report is replaced at once (after a revision of it).
   */
  async function importPackage(
    bytes: Uint8Array,
    { replace = false }: { replace?: boolean } = {},
  ): Promise<Result<PackageImportOutcome>> {
    pending = undefined;
    let read: ReadPackage;
    try {
      read = await readPackage(bytes);
    } catch (error) {
      if (error instanceof UnreadableFileError) return fail('invalid-input', error.message);
      throw error;
    }
    const outcome = storePackage(read, replace);
    if (!outcome.ok) return outcome;
    if (outcome.value.status === 'imported') return ok(outcome.value);
    pending = { id: newId(), read };
    return ok({ ...outcome.value, pendingId: pending.id });
  }

  /** 覆盖: replaces the report with the package the last import asked about. */
  function replacePending(pendingId: string): Result<PackageImportOutcome> {
    if (pending?.id !== pendingId) {
      return fail(
        'not-found',
        '要覆盖的报告包已不在程序中（程序重新打开过，或之后又导入了别的报告包）。请重新“导入报告包”。',
      );
    }
    const { read } = pending;
    pending = undefined;
    const outcome = storePackage(read, true);
    // With replace the package is always stored; anything else would be a bug, not a question.
    if (!outcome.ok) return outcome;
    if (outcome.value.status !== 'imported') throw new Error('import with replace did not import');
    return ok(outcome.value);
  }

  /** 导出报告包: asks where (the save dialog, or the preview's folder), then writes the file whole or not at all. */
  async function saveAs(reportId: string, chooseSavePath: ChooseSavePath): Promise<Result<{ file: string } | null>> {
    const exported = exportPackage(reportId);
    if (!exported.ok) return exported;
    const saved = await saveFileAs({
      chooseSavePath,
      name: exported.value.fileName,
      filter: { name: '法治年报助手报告包', extensions: [REPORT_PACKAGE_EXTENSION.slice(1)] },
      write: exported.value.bytes,
      what: '报告包',
    });
    return saved.ok && saved.value ? ok({ file: saved.value.file }) : saved;
  }

  return { exportPackage, importPackage, replacePending, saveAs };
}
