import { checkDocxZip } from './check-docx-zip';
import { hiddenStyleIds } from '../../shared/import/is-hidden-run';
import { markHiddenRuns } from './docx-hidden-text';
import { docxHtmlLines } from './docx-html-lines';
import { fileSignature } from './file-signature';
import { UnreadableFileError } from './unreadable-file-error';

/**
 * The text of a .docx report, one paragraph a line and a table row a tab-separated line. Only
 * text leaves here: the HTML is reduced to words, so no markup, styles or pictures from the file
 * can reach the editor (headings are recognised from their typed numbers afterwards). Hidden text
 * comes out marked (docx-hidden-text.ts); readReportBytes takes it out.
 */
export async function docxToText(bytes: Buffer, name: string): Promise<string> {
  const signature = fileSignature(bytes);
  if (signature === 'ole') {
    throw new UnreadableFileError(
      `“${name}”加了密码，或是旧版 Word 格式（.doc），无法读取。请在 WPS 或 Word 中打开，取消密码后另存为 .docx 再导入。`,
    );
  }
  if (signature !== 'zip') {
    throw new UnreadableFileError(
      `“${name}”不是有效的 Word 文档（.docx），只是扩展名为 .docx。请在原来的程序中打开它，另存为 .docx 或 .txt 后再试。`,
    );
  }
  checkDocxZip(bytes, name);
  // Loaded for a .docx only: a .txt is read without mammoth's half megabyte of code.
  const [{ default: mammoth }, { openArrayBuffer }] = await Promise.all([
    import('mammoth'),
    import('mammoth/lib/zipfile.js'),
  ]);
  try {
    const zip = await openArrayBuffer(bytes);
    const styles = zip.exists('word/styles.xml') ? await zip.read('word/styles.xml', 'utf-8') : undefined;
    const hiddenStyles = hiddenStyleIds(typeof styles === 'string' ? styles : undefined);
    // mammoth reads every XML part through here; the text of hidden runs comes out marked.
    const file = {
      ...zip,
      read: async (part: string, encoding?: string) => {
        const content = await zip.read(part, encoding);
        return typeof content === 'string' && part.endsWith('.xml') ? markHiddenRuns(content, hiddenStyles) : content;
      },
    };
    // Pictures are dropped at the source rather than carried as data URLs through the HTML.
    const { value } = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return docxHtmlLines(value);
  } catch {
    throw new UnreadableFileError(
      `“${name}”已损坏，无法读取。请在 WPS 或 Word 中打开它（WPS 可用“文档修复”），另存为新的 .docx 后再试。`,
    );
  }
}
