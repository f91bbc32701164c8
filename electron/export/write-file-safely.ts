import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeFailure } from '../files/write-failure';

/** Why an export could not be written; the message is Chinese and says what to do. */
export class ExportWriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ExportWriteError';
  }
}

export type FileSystem = Pick<typeof fs, 'open' | 'rename' | 'unlink'>;

/**
 * Writes to a temporary file beside the target, flushes it to disk, then renames it over the
 * target: the real name only ever holds a whole file, and a failure leaves any old file as it was.
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, files: FileSystem = fs): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    const handle = await files.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    written = true;
    await files.rename(temporary, target);
  } catch (error) {
    if (written || (error as NodeJS.ErrnoException).code !== 'ENOENT')
      await files.unlink(temporary).catch(() => undefined);
    throw new ExportWriteError(writeFailure(error, target).error.message, { cause: error });
  }
}
