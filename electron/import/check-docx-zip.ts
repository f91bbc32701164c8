import { inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS } from '../../shared/import/import-limits';
import { UnreadableFileError } from './unreadable-file-error';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * What a .docx may hold. A long report with pictures has a few dozen parts and a document part of
 * a few MB; mammoth builds a tree of every XML part it reads, about 10 times the text's size, so
 * the text parts are held far below what the media may take.
 */
export const DOCX_LIMITS = {
  entries: 10_000,
  /** Everything but pictures: document, styles, numbering, relationships, and any part a .rels names. */
  textBytes: 30 * 1024 * 1024,
} as const;

const corrupt = (name: string) =>
  new UnreadableFileError(
    `“${name}”已损坏，无法读取。请在 WPS 或 Word 中打开它（WPS 可用“文档修复”），另存为新的 .docx 后再试。`,
  );

/** The zip's table of contents, read from its end without inflating anything. */
function centralDirectory(bytes: Buffer, name: string): ZipEntry[] {
  let end = -1;
  if (bytes.length < 22) throw corrupt(name);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; at--)
    if (bytes.readUInt32LE(at) === 0x06054b50) end = at;
  if (end < 0) throw corrupt(name);
  const count = bytes.readUInt16LE(end + 10);
  if (count > DOCX_LIMITS.entries) throw tooManyEntries(name, count);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw corrupt(name);
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

const tooManyEntries = (name: string, count: number) =>
  new UnreadableFileError(
    `“${name}”是一个包含 ${count} 个文件的压缩包，一份 Word 文档通常不到 100 个，这不像是报告。请确认选对了文件。`,
  );

/** Pictures and embedded media: mammoth drops them, so they count only against the whole size. */
const isMedia = (entry: ZipEntry) =>
  /^word\/media\//.test(entry.name) || /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i.test(entry.name);

/**
 * Inflates one entry, stopping at the size it declares: a bomb that lies about its size stops
 * there. Returns the bytes it inflated to.
 */
function verifyEntry(bytes: Buffer, entry: ZipEntry, name: string): number {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw corrupt(name);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw corrupt(name);
  if (entry.method === 0) return data.length;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).length;
  } catch {
    throw corrupt(name);
  }
}

/**
 * Refuses, before mammoth inflates anything, a .docx that is not one: an encrypted or old-format
 * Word file, a zip without a document, a damaged zip, or a zip bomb (by the sizes its table
 * declares, and by inflating the XML mammoth reads no further than those sizes).
 */
export function checkDocxZip(bytes: Buffer, name: string): void {
  const entries = centralDirectory(bytes, name);
  if (entries.some((entry) => entry.flags & 1)) {
    throw new UnreadableFileError(
      `“${name}”加了密码，无法读取。请在 WPS 或 Word 中打开，取消密码后另存为 .docx 再导入。`,
    );
  }
  const unzipped = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unzipped > IMPORT_LIMITS.unzippedBytes) throw tooLarge(name);
  const text = entries.reduce((sum, entry) => sum + (isMedia(entry) ? 0 : entry.uncompressedSize), 0);
  if (text > DOCX_LIMITS.textBytes) throw tooMuchText(name);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new UnreadableFileError(`“${name}”是压缩包，但里面没有 Word 文档的正文。请选择报告本身的 .docx 文件。`);
  }
  // Every part is inflated, whatever its name: a .rels may point the document at any part.
  let inflated = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(name);
    inflated += verifyEntry(bytes, entry, name);
    if (inflated > IMPORT_LIMITS.unzippedBytes) throw tooLarge(name);
  }
}

const tooLarge = (name: string) =>
  new UnreadableFileError(`“${name}”解压后超过 200 MB，不像是一份年度报告，为安全起见没有读取。请确认选对了文件。`);

const tooMuchText = (name: string) =>
  new UnreadableFileError(
    `“${name}”的文字部分解压后超过 30 MB（约一千万字），远超一份年度报告，为安全起见没有读取。` +
      '请确认选对了文件；若确是报告，请在 WPS 或 Word 中另存为 .txt 后导入。',
  );
