import type { ReadPackage } from './read-report-package';
import { runInWorker, sourceWorker, type WorkerCeilings, type WorkerSource } from './run-in-worker';

/** How an import reads a package: here (tests, the CLI) or in a worker thread (the app, the preview). */
export type ReadPackageBytes = (bytes: Uint8Array) => ReadPackage | Promise<ReadPackage>;

/**
 * A package may unpack to 200 MB of JSON (MAX_UNPACKED_BYTES), which takes about twice that to hold
 * parsed; a minute is many times what the newest 1,000 history versions take to check.
 */
const PACKAGE_WORKER_LIMITS: WorkerCeilings = { timeoutMs: 60_000, memoryMb: 768 };

/**
 * Unpacks and checks a 报告包 in a thread of its own (run-in-worker.ts): a package with thousands of
 * history versions, or a crafted one, then costs that thread and never blocks the window.
 */
export function readPackageInWorker({
  timeoutMs = PACKAGE_WORKER_LIMITS.timeoutMs,
  memoryMb = PACKAGE_WORKER_LIMITS.memoryMb,
  ...source
}: WorkerSource & Partial<WorkerCeilings>): ReadPackageBytes {
  return (bytes) =>
    runInWorker<ReadPackage>(
      source,
      { timeoutMs, memoryMb },
      { bytes },
      {
        timedOut: (seconds) =>
          `读取报告包超过 ${seconds} 秒仍未完成，已停止，本机数据没有改动。报告包可能过大或已损坏；` +
          '请让对方用法治年报助手重新“导出报告包”后再试。',
        outOfMemory: (limit) =>
          `报告包的内容多到读取时超出内存上限（${limit} MB），已停止读取，本机数据没有改动，程序不受影响。` +
          '这不像是一份报告的报告包，请确认选对了文件。',
      },
    );
}

/** The package reader for the preview and tests, run from its TypeScript source. */
export function sourcePackageWorker(): WorkerSource {
  return sourceWorker(new URL('./report-package-worker.ts', import.meta.url));
}
