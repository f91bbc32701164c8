import { extname } from 'node:path';
import { IMPORT_LIMITS } from '../../shared/import/import-limits';
import { decodeText } from './decode-text';
import { docxToText } from './docx-to-text';
import { UnreadableFileError } from './unreadable-file-error';

/** Refuses a file that cannot be a report by its size alone, before its bytes are read or parsed. */
export function checkReportSize(size: number, name: string): void {
  if (size === 0)
    throw new UnreadableFileError(`文件“${name}”是空的。请确认选对了文件，或在 WPS、Word 中重新保存报告。`);
  if (size > IMPORT_LIMITS.fileBytes)
    throw new UnreadableFileError(`文件“${name}”超过 20 MB，不像是一份年度报告。请确认选对了文件。`);
}

/**
 * The text of a report file from its bytes, whether read from disk (CLI) or sent by the window
 * (import): a .txt in UTF-8 or GBK, or a .docx. Throws UnreadableFileError with a Chinese message.
 */
export async function readReportBytes(bytes: Buffer, name: string): Promise<string> {
  checkReportSize(bytes.length, name);
  const extension = extname(name).toLowerCase();
  const text =
    extension === '.txt' ? decodeText(bytes, name) : extension === '.docx' ? await docxToText(bytes, name) : null;
  if (text === null) {
    const hint =
      extension === '.doc' || extension === '.wps'
        ? '请在 WPS 或 Word 中另存为 .docx 后再试。'
        : '请使用 .txt 或 .docx 格式。';
    throw new UnreadableFileError(`不支持“${extension || '无扩展名'}”文件。${hint}`);
  }
  if (!text.trim())
    throw new UnreadableFileError(`“${name}”里没有文字。请确认选对了文件；若报告是扫描的图片，请先转成文字。`);
  return text;
}
