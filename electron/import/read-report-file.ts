import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';

/** A file the clerk gave us that cannot be read as a report; the message says why and what to do. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Windows Notepad and WPS save Chinese text as GBK as often as UTF-8: try UTF-8 strictly first. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UnreadableFileError('这不是文本文件（含有二进制内容）。请另存为 .txt 或 .docx 后再试。');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The text of a .txt (UTF-8 or GBK) or .docx report, one paragraph a line. */
export async function readReportFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UnreadableFileError(`找不到文件“${path}”。请检查路径和文件名。`);
  }
  if (size === 0) throw new UnreadableFileError(`文件“${path}”是空的。`);
  if (size > MAX_BYTES) throw new UnreadableFileError(`文件“${path}”超过 20 MB，不像是一份年度报告。请确认选对了文件。`);
  const bytes = await readFile(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') return decodeText(bytes);
  if (extension === '.docx') {
    try {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return value;
    } catch {
      throw new UnreadableFileError(`无法读取“${path}”：它不是有效的 Word 文档（.docx），可能已损坏或加了密码。请在 WPS 或 Word 中打开后另存为 .docx 再试。`);
    }
  }
  throw new UnreadableFileError(`不支持“${extension || '无扩展名'}”文件。请使用 .txt 或 .docx 格式。`);
}
