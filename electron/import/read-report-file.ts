import { readFile, stat } from 'node:fs/promises';
import { checkReportSize, readReportBytes } from './read-report-bytes';
import { UnreadableFileError } from './unreadable-file-error';

/**
 * The text of a .txt (UTF-8 or GBK) or .docx report on disk, one paragraph a line — the one reader
 * behind the CLI's import, check and export. The size is checked before the file is read.
 */
export async function readReportFile(path: string): Promise<string> {
  let size: number;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    throw new UnreadableFileError(`找不到文件“${path}”。请检查路径和文件名。`);
  }
  checkReportSize(size, path);
  // The CLI imports and checks what the file shows: hidden text stays out, as in the window by default.
  return (await readReportBytes(await readFile(path), path)).text;
}
