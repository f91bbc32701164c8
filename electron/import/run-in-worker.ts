import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UnreadableFileError } from './unreadable-file-error';

/** Where a worker's code is: the built file, or (`eval`) the code itself (see sourceWorker). */
export interface WorkerSource {
  workerFile: string | URL;
  eval?: boolean;
}

/** How much a worker may take: past either, the thread is ended and the caller gets the Chinese message. */
export interface WorkerCeilings {
  timeoutMs: number;
  /** The thread's heap: a hostile file fills this, not the process that serves the window. */
  memoryMb: number;
}

/** What the caller says when a ceiling is reached, in words about the file it was reading. */
export interface CeilingMessages {
  timedOut: (seconds: number) => string;
  outOfMemory: (memoryMb: number) => string;
}

type Answer<T> = { ok: true; value: T } | { ok: false; message?: string; bug?: string };

/**
 * Runs one piece of heavy reading in a thread of its own with a heap ceiling and a time limit, so
 * a file that costs too much costs that thread, which is ended — never the Electron main process
 * or the preview server: the window stays responsive and the app survives. A refusal the worker
 * throws as UnreadableFileError arrives as one here; anything else is a bug and stays an Error.
 */
export function runInWorker<T>(
  { workerFile, eval: isCode = false }: WorkerSource,
  { timeoutMs, memoryMb }: WorkerCeilings,
  data: unknown,
  messages: CeilingMessages,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: data,
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
      () => settle(() => reject(new UnreadableFileError(messages.timedOut(Math.round(timeoutMs / 1000))))),
      timeoutMs,
    );
    worker.once('message', (answer: Answer<T>) =>
      settle(() => {
        if (answer.ok) resolve(answer.value);
        else if (answer.message) reject(new UnreadableFileError(answer.message));
        else reject(new Error(answer.bug));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UnreadableFileError(messages.outOfMemory(memoryMb)) : error,
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`worker exited with code ${code} before answering`))));
  });
}

/** The worker side: runs `task` on the data it was started with, answers once, and the thread ends. */
export function answerFromWorker<D, T>(task: (data: D) => T | Promise<T>): void {
  Promise.resolve()
    .then(() => task(workerData as D))
    .then(
      (value) => parentPort!.postMessage({ ok: true, value } satisfies Answer<T>),
      (error: unknown) =>
        parentPort!.postMessage(
          (error instanceof UnreadableFileError
            ? { ok: false, message: error.message }
            : {
                ok: false,
                bug: error instanceof Error ? (error.stack ?? error.message) : String(error),
              }) satisfies Answer<T>,
        ),
    );
}

/**
 * A worker for the preview and tests, which run from the TypeScript sources: Node 20 does not pass
 * tsx's loader on to worker threads, so the thread registers tsx itself, then loads the file.
 */
export function sourceWorker(file: URL): WorkerSource {
  const path = fileURLToPath(file);
  return { workerFile: `require('tsx/cjs/api').register();\nrequire(${JSON.stringify(path)});`, eval: true };
}
