import { gunzipSync } from 'node:zlib';
import { checkIndicatorValue } from '../../shared/outline/check-indicator-value';
import { CURRENT_OUTLINE, findOutline } from '../../shared/outline/outlines';
import { checkPartContent, withoutStyles } from '../../shared/report/check-part-content';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { REPORT_PACKAGE_FORMAT, REPORT_PACKAGE_VERSION, ReportPackage } from '../../shared/report/report-package';
import { REPORT_PACKAGE_MAX_BYTES, REPORT_PACKAGE_REVISIONS_KEPT } from '../../shared/report/report-package-limits';
import { UnreadableFileError } from './unreadable-file-error';

export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** A package as an import may store it: checked, cleaned, its history cut to the newest versions. */
export interface ReadPackage {
  pkg: ReportPackage;
  /** How many older history versions were left out (REPORT_PACKAGE_REVISIONS_KEPT). */
  revisionsLeftOut: number;
}

const invalid = (why: string) =>
  new UnreadableFileError(`无法导入这个报告包：${why}。请让对方用法治年报助手重新“导出报告包”后再试。`);

/**
 * Unpacks, parses and checks a 报告包 — all of the heavy work of an import, none of the database
 * — so the app and the preview run it in a worker thread (read-package-in-worker.ts). Throws
 * UnreadableFileError with a Chinese message for anything that is not a sound package.
 */
export function readReportPackage(bytes: Uint8Array): ReadPackage {
  if (bytes.length > REPORT_PACKAGE_MAX_BYTES) throw invalid('文件超过 50 MB，不像是一份报告包');
  let json: string;
  try {
    json = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch (error) {
    throw invalid(
      error instanceof RangeError ? '解压后的内容过大' : '它不是报告包文件（可能选错了文件，或文件在复制时损坏）',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalid('文件内容已损坏');
  }
  const head = raw as { format?: unknown; version?: unknown; revisions?: unknown } | null;
  if (head?.format !== REPORT_PACKAGE_FORMAT) throw invalid('它不是法治年报助手的报告包');
  if (typeof head.version === 'number' && head.version > REPORT_PACKAGE_VERSION) {
    throw new UnreadableFileError('这个报告包由更新版本的法治年报助手导出，请先安装最新版本后再导入。');
  }
  // The history is cut before anything is checked: the versions left out cost nothing. A package
  // lists them oldest first (as exportPackage writes them), so the newest are at the end.
  let revisionsLeftOut = 0;
  if (Array.isArray(head.revisions) && head.revisions.length > REPORT_PACKAGE_REVISIONS_KEPT) {
    revisionsLeftOut = head.revisions.length - REPORT_PACKAGE_REVISIONS_KEPT;
    head.revisions = head.revisions.slice(revisionsLeftOut);
  }
  const parsed = ReportPackage.safeParse(raw);
  if (!parsed.success) throw invalid(`内容不完整或不符合格式（${parsed.error.issues[0]?.path.join('.') || '根'}）`);
  if (parsed.data.parts.length === 0) throw invalid('报告包中没有任何部分，导入后将无法编写');
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
      throw invalid(
        problem.startsWith('内容不是有效') ? '正文内容无法解析' : `${where}“${part.heading}”部分${problem}`,
      );
  }
  // The figures obey the same rule as those typed into 数据指标: a package is one more writer, not an exception.
  const outline = findOutline(parsed.data.report.outlineVersion) ?? CURRENT_OUTLINE;
  for (const indicator of parsed.data.indicators) {
    const problem = checkIndicatorValue(indicator, outline.indicators);
    if (problem) throw invalid(`数据指标有误（${problem}）`);
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
  return { pkg: { ...parsed.data, parts, revisions }, revisionsLeftOut };
}
