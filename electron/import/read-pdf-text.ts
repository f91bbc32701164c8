import { UnreadableFileError } from './unreadable-file-error';

interface TextItem {
  str: string;
  hasEOL: boolean;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’';
/** PDF writers put spaces between Chinese and digits; Chinese text has none. */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');
const PAGE_NUMBER = /^[-—－–\s]*\d{1,3}[-—－–\s]*$/;
const SENTENCE_END = /[。；：！？:;!?]$/;
const TYPED_HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)/;

/**
 * The visual lines of a page joined back into paragraphs: a line as wide as the text block that
 * does not end a sentence runs on into the next, unless the next opens a numbered heading.
 */
function paragraphsOf(lines: string[]): string[] {
  const width = Math.max(...lines.map((line) => line.length));
  const paragraphs: string[] = [];
  let runsOn = false;
  for (const line of lines) {
    if (runsOn && !TYPED_HEADING.test(line)) paragraphs[paragraphs.length - 1] += line;
    else paragraphs.push(line);
    runsOn = line.length >= width * 0.9 && width >= 20 && !SENTENCE_END.test(line);
  }
  return paragraphs;
}

/**
 * The text of a PDF report that has a text layer. A scanned PDF (pictures of pages) has none
 * and is refused with what to do instead.
 */
export async function pdfToText(bytes: Buffer, name: string): Promise<string> {
  // Loaded on first use: pdf.js is large and most batches hold no PDF. In Node it runs its worker
  // in this thread, found on globalThis: imported here so a bundle (the CLI's) carries it too.
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  let lines: string[] = [];
  try {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      let line = '';
      for (const item of content.items as TextItem[]) {
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      lines.push(line);
    }
    await pdf.destroy();
  } catch (error) {
    const kind = error instanceof Error ? error.name : '';
    if (kind === 'PasswordException')
      throw new UnreadableFileError(`“${name}”加了密码，无法读取。请向报送单位要不加密的 .docx 文件。`);
    if (kind === 'InvalidPDFException' || kind === 'FormatError' || kind === 'UnknownErrorException')
      throw new UnreadableFileError(`“${name}”已损坏，不是可以读取的 PDF。请向报送单位要 .docx 文件。`);
    throw error;
  }
  lines = lines.map((line) => line.replace(SPACE_BY_CJK, '').trim()).filter((line) => line && !PAGE_NUMBER.test(line));
  if (!lines.length)
    throw new UnreadableFileError(
      `“${name}”是扫描件（页面是图片），里面没有可读取的文字。请向报送单位要 .docx 或 .txt 文件，或先用 WPS 的“图片转文字”转成文字后再试。`,
    );
  return paragraphsOf(lines).join('\n');
}
