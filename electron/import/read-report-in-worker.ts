import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { readReportBytes } from './read-report-bytes';
import { UnreadableFileError } from './unreadable-file-error';

export type ReadReport = typeof readReportBytes;

export interface ReportWorkerOptions {
  /** The built report-reader-worker file (its .ts beside this one when run through tsx). */
  workerFile: string | URL;
  /** `workerFile` is the worker's code itself (see sourceReportWorker). */
  eval?: boolean;
  timeoutMs?: number;
  /** The reading thread's heap: a hostile file fills this, not the process that serves the window. */
  memoryMb?: number;
}

const WORKER_LIMITS = { timeoutMs: 60_000, memoryMb: 384 } as const;

type Answer = { ok: true; text: string } | { ok: false; message?: string; bug?: string };

/**
 * Reads a report file in a thread of its own, with a heap ceiling and a time limit. A .docx that
 * inflates to millions of paragraphs then costs that thread, which is ended, never the Electron
 * main process or the preview server: the window stays responsive and the app survives.
 */
export function readReportInWorker({
  workerFile,
  eval: isCode = false,
  timeoutMs = WORKER_LIMITS.timeoutMs,
  memoryMb = WORKER_LIMITS.memoryMb,
}: ReportWorkerOptions): ReadReport {
  return (bytes, name) =>
    new Promise<string>((resolve, reject) => {
      const worker = new Worker(workerFile, {
        workerData: { bytes, name },
        resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
        eval: isCode,
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(
              new UnreadableFileError(
                `读取“${name}”超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止。文件可能过大或结构异常；` +
                  '请在 WPS 或 Word 中打开，另存为新的 .docx 或 .txt 后再试。',
              ),
            ),
          ),
        timeoutMs,
      );
      worker.once('message', (answer: Answer) =>
        settle(() => {
          if (answer.ok) resolve(answer.text);
          else if (answer.message) reject(new UnreadableFileError(answer.message));
          else reject(new Error(answer.bug));
        }),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new UnreadableFileError(
                  `“${name}”的内容多到读取时超出内存上限（${memoryMb} MB），已停止读取，程序不受影响。` +
                    '这不像是一份年度报告；若确是报告，请在 WPS 或 Word 中另存为 .txt 后导入。',
                )
              : error,
          ),
        ),
      );
      worker.once('exit', (code) =>
        settle(() => reject(new Error(`report reader worker exited with code ${code} before answering`))),
      );
    });
}

/**
 * The worker for the preview and tests, which run from the TypeScript sources: Node 20 does not
 * pass tsx's loader on to worker threads, so the thread registers tsx itself, then loads the file.
 */
export function sourceReportWorker(): Pick<ReportWorkerOptions, 'workerFile' | 'eval'> {
  const file = fileURLToPath(new URL('./report-reader-worker.ts', import.meta.url));
  return { workerFile: `require('tsx/cjs/api').register();\nrequire(${JSON.stringify(file)});`, eval: true };
}
