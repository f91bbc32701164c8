import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchReviewEntry } from '../../shared/batch-review/batch-review-entry';
import type { BATCH_COLUMNS } from '../../shared/batch-review/batch-review-table';
import { IMPORT_LIMITS } from '../../shared/import/import-limits';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { BatchFile } from '../services/read-batch-file';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

/** Files a folder of reports holds besides them: hidden files and the lock files Word and WPS leave. */
const SKIPPED = /^(?:\.|~\$|desktop\.ini$|Thumbs\.db$)/i;

async function folderFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder, { withFileTypes: true });
    return names
      .filter((entry) => entry.isFile() && !SKIPPED.test(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  } catch {
    throw new CliError(`找不到文件夹“${folder}”。请检查路径。`);
  }
}

/** A file too large to be a report is judged by its size alone, never read into memory. */
async function batchFile(folder: string, name: string): Promise<BatchFile> {
  const path = join(folder, name);
  const { size } = await stat(path);
  return size > IMPORT_LIMITS.fileBytes || size === 0 ? { name, size } : { name, size, bytes: await readFile(path) };
}

const jsonLine = (entry: BatchReviewEntry) => {
  if (!entry.report) return { file: entry.file, reason: entry.reason };
  const { organization, year, parts, counts, findings, ...rest } = entry.report;
  const brief = findings.map(({ id, severity, part, message, excerpt }) => ({ id, severity, part, message, excerpt }));
  return { file: entry.file, organization, year, parts, counts, findings: brief, ...rest };
};

/** The columns a terminal can show on one line: the file, the findings and the state have lines of their own. */
const terminalColumns = (columns: typeof BATCH_COLUMNS) =>
  columns.filter((column) => !['文件', '主要问题', '无法读取的原因', '状态'].includes(column.header));

function tableBlock(columns: typeof BATCH_COLUMNS, entry: BatchReviewEntry, index: number, total: number): string {
  const head = `【${index + 1}/${total}】${entry.file}\n`;
  if (!entry.report) return `${head}  无法读取：${entry.reason}\n`;
  const cells = columns.map((column) => `${column.header}：${column.cell(entry)}`);
  const findings = entry.report.findings.slice(0, 3).map((finding) => `  · ${finding.message}\n`);
  return `${head}  ${cells.join('  ')}\n${findings.join('')}`;
}

export const reviewCommand: CliCommand = {
  name: 'review',
  usage:
    'review 文件夹 [--year 年度] [--json] [--xlsx 汇总.xlsx] [--csv 汇总.csv] [--notice 通报.docx]   汇审：逐份读取并检查文件夹中的各单位报告',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        year: { type: 'string' },
        xlsx: { type: 'string' },
        csv: { type: 'string' },
        notice: { type: 'string' },
      },
    });
    const [folder] = positionals;
    if (!folder || positionals.length > 1) throw new CliError(`请给出存放各单位报告的文件夹。\n用法：${this.usage}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    // Loaded when the command runs, not when the CLI starts: no other command waits for these modules.
    const [{ ReportYear }, { readBatchFile }, { BATCH_COLUMNS, batchReviewCsv }] = await Promise.all([
      import('../../shared/report/report'),
      import('../services/read-batch-file'),
      import('../../shared/batch-review/batch-review-table'),
    ]);
    const columns = terminalColumns(BATCH_COLUMNS);
    if (year !== undefined && !ReportYear.safeParse(year).success)
      throw new CliError(`年度“${values.year}”无效，请写四位年份，如 --year 2024。`);

    const names = await folderFiles(folder);
    const seen = new Map<string, string>();
    const entries: BatchReviewEntry[] = [];
    for (const [index, name] of names.entries()) {
      const outcome = await readBatchFile(await batchFile(folder, name), {
        year,
        duplicateOf: (hash) => seen.get(hash),
      });
      if (outcome.ok) seen.set(outcome.textHash, name);
      const entry: BatchReviewEntry = {
        id: index + 1,
        file: name,
        notified: false,
        readAt: new Date().toISOString(),
        reason: outcome.ok ? null : outcome.reason,
        report: outcome.report,
      };
      entries.push(entry);
      io.stdout(values.json ? `${JSON.stringify(jsonLine(entry))}\n` : tableBlock(columns, entry, index, names.length));
    }

    try {
      if (values.xlsx) {
        const { batchReviewXlsx } = await import('../export/batch-review-xlsx');
        await writeFileSafely(values.xlsx, await batchReviewXlsx(entries));
      }
      if (values.csv) await writeFileSafely(values.csv, Buffer.from(batchReviewCsv(entries), 'utf8'));
      if (values.notice) {
        const { batchReviewNoticeDocx } = await import('../export/batch-review-notice-docx');
        const today = new Date().toISOString().slice(0, 10);
        await writeFileSafely(values.notice, await batchReviewNoticeDocx(entries, { year: year ?? null, today }));
      }
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CliError(error.message);
      throw error;
    }
    if (!values.json) {
      const read = entries.filter((entry) => entry.report);
      const complete = read.filter((entry) => entry.report!.complete).length;
      io.stdout(
        `共 ${entries.length} 份：完整 ${complete} 份，不完整 ${read.length - complete} 份，无法读取 ${entries.length - read.length} 份。\n`,
      );
    }
  },
};
