import JSZip from 'jszip';
import { patchZipEntry } from '../../helpers/patch-zip-entry';
import { reportDocx } from '../../helpers/report-docx';

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

export interface BadInput {
  what: string;
  name: string;
  bytes: Buffer;
  message: RegExp;
}

/** Files that are not a report, each with the Chinese message that must say so. */
export async function badInputs(): Promise<BadInput[]> {
  const good = await reportDocx(['某县教育局关于2024年度法治政府建设情况的报告', '一、主要举措和成效', '做了工作。']);
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 7)]);
  const lying = await zipOf({
    '[Content_Types].xml': '<Types/>',
    'word/document.xml': `<w:document>${' '.repeat(5_000_000)}</w:document>`,
  });
  return [
    {
      what: 'a .docx that is not a zip',
      name: '报告.docx',
      bytes: Buffer.from('这其实是一段文字，不是 Word 文档。'),
      message: /不是有效的 Word 文档/,
    },
    { what: 'an encrypted .docx (an OLE container)', name: '报告.docx', bytes: ole, message: /加了密码/ },
    {
      what: 'a zip whose entries are password-protected',
      name: '报告.docx',
      bytes: patchZipEntry(good, 'word/document.xml', { flags: 1 }),
      message: /加了密码/,
    },
    { what: 'a cut-off .docx', name: '报告.docx', bytes: good.subarray(0, good.length >> 1), message: /已损坏/ },
    {
      what: 'a .docx whose document is not XML',
      name: '报告.docx',
      bytes: await zipOf({ 'word/document.xml': '<<<不是 XML' }),
      message: /已损坏/,
    },
    {
      what: 'a zip without a Word document',
      name: '报告.docx',
      bytes: await zipOf({ 'notes.txt': '一些文字' }),
      message: /没有 Word 文档的正文/,
    },
    {
      what: 'a zip bomb by its declared size',
      name: '报告.docx',
      bytes: patchZipEntry(good, 'word/document.xml', { uncompressedSize: 300 * 1024 * 1024 }),
      message: /解压后超过 200 MB/,
    },
    {
      what: 'a zip bomb that understates its size',
      name: '报告.docx',
      bytes: patchZipEntry(lying, 'word/document.xml', { uncompressedSize: 1000 }),
      message: /已损坏/,
    },
    { what: 'a 50 MB file', name: '报告.docx', bytes: Buffer.alloc(50 * 1024 * 1024), message: /超过 20 MB/ },
    { what: 'an empty file', name: '报告.txt', bytes: Buffer.alloc(0), message: /是空的/ },
    {
      what: 'a picture renamed .txt',
      name: '报告.txt',
      bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 0)]),
      message: /不是文本文件/,
    },
    { what: 'a .docx renamed .txt', name: '报告.txt', bytes: good, message: /其实是 Word 文档/ },
    { what: 'an old .doc', name: '报告.doc', bytes: ole, message: /另存为 \.docx/ },
  ];
}
