import type { readReportBytes, ReportText } from './read-report-bytes';
import { runInWorker, sourceWorker, type WorkerCeilings, type WorkerSource } from './run-in-worker';

export type ReadReport = typeof readReportBytes;

export type ReportWorkerOptions = WorkerSource & Partial<WorkerCeilings>;

const WORKER_LIMITS: WorkerCeilings = { timeoutMs: 60_000, memoryMb: 384 };

/**
 * Reads a report file in a thread of its own, with a heap ceiling and a time limit (run-in-worker.ts):
 * a .docx that inflates to millions of paragraphs then costs that thread, never the window's.
 */
export function readReportInWorker({
  timeoutMs = WORKER_LIMITS.timeoutMs,
  memoryMb = WORKER_LIMITS.memoryMb,
  ...source
}: ReportWorkerOptions): ReadReport {
  return (bytes, name) =>
    runInWorker<ReportText>(
      source,
      { timeoutMs, memoryMb },
      { bytes, name },
      {
        timedOut: (seconds) =>
          `读取“${name}”超过 ${seconds} 秒仍未完成，已停止。文件可能过大或结构异常；` +
          '请在 WPS 或 Word 中打开，另存为新的 .docx 或 .txt 后再试。',
        outOfMemory: (limit) =>
          `“${name}”的内容多到读取时超出内存上限（${limit} MB），已停止读取，程序不受影响。` +
          '这不像是一份年度报告；若确是报告，请在 WPS 或 Word 中另存为 .txt 后导入。',
      },
    );
}

/** The report reader for the preview and tests, run from its TypeScript source. */
export function sourceReportWorker(): WorkerSource {
  return sourceWorker(new URL('./report-reader-worker.ts', import.meta.url));
}
