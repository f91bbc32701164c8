import { ok, type Result } from '../../shared/ipc/result-values';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { ChooseSavePath, SaveFilter } from './choose-save-path';
import { writeFailure } from './write-failure';

/** Writes the chosen file whole or not at all, and says how many bytes it holds. */
export type WriteChosenFile = (file: string) => number | Promise<number>;

export interface SaveFileAsInput {
  chooseSavePath: ChooseSavePath;
  /** The name the save dialog offers. */
  name: string;
  filter: SaveFilter;
  /** The file's bytes, written safely; or a writer of its own (a database snapshot). */
  write: Uint8Array | WriteChosenFile;
  /** What the file is, for the message when it cannot be written (“备份没有写成”). */
  what?: string;
}

/**
 * Every “save as…”: asks where (null when the clerk cancels), then writes, with a failure to write
 * told in the one set of words of writeFailure.
 */
export async function saveFileAs({
  chooseSavePath,
  name,
  filter,
  write,
  what,
}: SaveFileAsInput): Promise<Result<{ file: string; bytes: number } | null>> {
  const file = await chooseSavePath(name, filter);
  if (file === null) return ok(null);
  try {
    if (typeof write === 'function') return ok({ file, bytes: await write(file) });
    await writeFileSafely(file, write);
    return ok({ file, bytes: write.byteLength });
  } catch (error) {
    // writeFileSafely has already put the failure into words (with writeFailure).
    if (error instanceof ExportWriteError) return writeFailure(error.cause, file, what);
    return writeFailure(error, file, what);
  }
}
