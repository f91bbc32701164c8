import { gunzipSync, gzipSync } from 'node:zlib';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { checkIndicatorValue } from '../../shared/outline/check-indicator-value';
import { CURRENT_OUTLINE, findOutline } from '../../shared/outline/outlines';
import type { ReportSummary } from '../../shared/report/report';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import {
  REPORT_PACKAGE_EXTENSION,
  REPORT_PACKAGE_FORMAT,
  REPORT_PACKAGE_MAX_BYTES,
  REPORT_PACKAGE_VERSION,
  ReportPackage,
} from '../../shared/report/report-package';
import { ReportSnapshot, type RevisionReason } from '../../shared/report/report-snapshot';
import { checkPartContent, withoutStyles } from '../../shared/report/check-part-content';
import { REPORT_STATUS_LABELS } from '../../shared/report/report-status';
import { frozenMessage, isFrozen } from '../../shared/report/status-moves';
import { createAcknowledgementRepository } from '../store/acknowledgement-repository';
import { createChecklistRepository } from '../store/checklist-repository';
import { createReviewRepository } from '../store/review-repository';
import { createStatusRepository } from '../store/status-repository';
import { createIndicatorRepository } from '../store/indicator-repository';
import type { Db } from '../store/open-database';
import { createOrganizationRepository } from '../store/organization-repository';
import { createReportPackageRepository } from '../store/report-package-repository';
import { createReportRepository } from '../store/report-repository';
import { createRevisionRepository } from '../store/revision-repository';
import type { RevisionService } from './revision-service';
import { reportMissing } from './report-missing';

export interface ReportPackageServiceDeps {
  db: Db;
  now: () => Date;
  newId: () => string;
  version: string;
  revisions: RevisionService;
}

/** What an import did, or why it waits for the clerk: an existing report is never overwritten unasked. */
export type ImportOutcome =
  | { status: 'imported'; report: ReportSummary; replaced: boolean }
  | { status: 'exists'; existing: ReportSummary; incoming: { title: string; updatedAt: string } };

export const MAX_PACKAGE_BYTES = REPORT_PACKAGE_MAX_BYTES;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const invalid = (why: string) =>
  fail('invalid-input', `无法导入这个报告包：${why}。请让对方用法治年报助手重新“导出报告包”后再试。`);

export type ReportPackageService = ReturnType<typeof createReportPackageService>;

/** 导出报告包 / 导入报告包: one report with its history, indicators and checks as one gzip'd JSON file. */
export function createReportPackageService({ db, now, newId, version, revisions }: ReportPackageServiceDeps) {
  const reports = createReportRepository(db);
  const organizations = createOrganizationRepository(db);
  const indicators = createIndicatorRepository(db);
  const checklist = createChecklistRepository(db);
  const acknowledgements = createAcknowledgementRepository(db);
  const packages = createReportPackageRepository(db);
  const history = createRevisionRepository(db);
  const statuses = createStatusRepository(db);
  const reviews = createReviewRepository(db);

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

  function readPackage(bytes: Uint8Array): Result<ReportPackage> {
    if (bytes.length > MAX_PACKAGE_BYTES) return invalid('文件超过 50 MB，不像是一份报告包');
    let json: string;
    try {
      json = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
    } catch (error) {
      return invalid(
        error instanceof RangeError ? '解压后的内容过大' : '它不是报告包文件（可能选错了文件，或文件在复制时损坏）',
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return invalid('文件内容已损坏');
    }
    const head = raw as { format?: unknown; version?: unknown } | null;
    if (head?.format !== REPORT_PACKAGE_FORMAT) return invalid('它不是法治年报助手的报告包');
    if (typeof head.version === 'number' && head.version > REPORT_PACKAGE_VERSION) {
      return fail('invalid-input', '这个报告包由更新版本的法治年报助手导出，请先安装最新版本后再导入。');
    }
    const parsed = ReportPackage.safeParse(raw);
    if (!parsed.success) return invalid(`内容不完整或不符合格式（${parsed.error.issues[0]?.path.join('.') || '根'}）`);
    if (parsed.data.parts.length === 0) return invalid('报告包中没有任何部分，导入后将无法编写');
    // Only the editor's own nodes, and none of the styles it never writes: an unknown node blanks the
    // report screen, and font-size:0 hides words that export would still print.
    const contents = [
      ...parsed.data.parts.map((part) => ['', part] as const),
      ...parsed.data.revisions.flatMap((revision) =>
        revision.snapshot.parts.map((part) => ['历史版本中', part] as const),
      ),
    ];
    for (const [where, part] of contents) {
      const problem = checkPartContent(part.contentJson);
      if (problem)
        return invalid(
          problem.startsWith('内容不是有效') ? '正文内容无法解析' : `${where}“${part.heading}”部分${problem}`,
        );
    }
    // The figures obey the same rule as those typed into 数据指标: a package is one more writer, not an exception.
    const outline = findOutline(parsed.data.report.outlineVersion) ?? CURRENT_OUTLINE;
    for (const indicator of parsed.data.indicators) {
      const problem = checkIndicatorValue(indicator, outline.indicators);
      if (problem) return invalid(`数据指标有误（${problem}）`);
    }
    const clean = <T extends { contentJson: string | null }>(part: T): T =>
      part.contentJson ? { ...part, contentJson: withoutStyles(part.contentJson) } : part;
    // As on autosave, the stored plain text is derived from the content, never taken on trust.
    const parts = parsed.data.parts.map(clean).map((part) => ({
      ...part,
      plainText: part.contentJson ? blocksPlainText(partBlocks(part.contentJson)) : '',
    }));
    const revisions = parsed.data.revisions.map((revision) => ({
      ...revision,
      snapshot: { ...revision.snapshot, parts: revision.snapshot.parts.map(clean) },
    }));
    return ok({ ...parsed.data, parts, revisions });
  }

  function importPackage(bytes: Uint8Array, { replace = false }: { replace?: boolean } = {}): Result<ImportOutcome> {
    const read = readPackage(bytes);
    if (!read.ok) return read;
    const pkg = read.value;
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
      for (const revision of pkg.revisions) {
        if (packages.hasRevision(pkg.report.id, revision.createdAt, revision.reason)) continue;
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
      return ok({ status: 'imported', report: reports.findSummary(pkg.report.id)!, replaced: existing !== undefined });
    })();
  }

  return { exportPackage, importPackage };
}
