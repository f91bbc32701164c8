import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Writes a file's data through to the disk. A copied or VACUUMed database is only a safe backup,
 * or a safe file to rename over the live one, once it would survive a power cut.
 */
export function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
