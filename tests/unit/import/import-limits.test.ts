import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocxZip } from '../../../electron/import/check-docx-zip';
import { decodeText } from '../../../electron/import/decode-text';
import { readReportBytes } from '../../../electron/import/read-report-bytes';
import { readReportInWorker, sourceReportWorker } from '../../../electron/import/read-report-in-worker';
import { createRouter } from '../../../electron/ipc/create-router';
import { patchZipEntry } from '../../helpers/patch-zip-entry';
import { reportDocx } from '../../helpers/report-docx';
import { cliRunner } from '../../helpers/run-cli';
import { openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const cli = cliRunner(tempDir);

/** A real .docx from the docx package with its document part replaced, and more parts added. */
async function docxWith(documentXml: string | null, extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await reportDocx(['标题']));
  if (documentXml !== null) zip.file('word/document.xml', documentXml);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphs = (count: number, text = '段') =>
  `<w:document ${W}><w:body>${`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(count)}</w:body></w:document>`;

const inWorker = (options: { timeoutMs?: number; memoryMb?: number } = {}) =>
  readReportInWorker({ ...sourceReportWorker(), ...options });

describe('what a .docx may inflate to', () => {
  it('says how many files a zip of 10,001 entries holds, not "> 200 MB"', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', paragraphs(1));
    for (let index = 0; index < 10_000; index++) zip.file(`x/${index}`, '');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(() => checkDocxZip(bytes, '报告.docx')).toThrow(/包含 1000\d 个文件/);
  });

  it('inflates a part that _rels/.rels names as the main document, whatever its name', async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.bin"/></Relationships>';
    const bomb = patchZipEntry(
      await docxWith(null, { '_rels/.rels': rels, 'word/main.bin': paragraphs(400_000) }),
      'word/main.bin',
      { uncompressedSize: 2000 },
    );
    expect(() => checkDocxZip(bomb, '报告.docx')).toThrow(/已损坏/);
  });

  it('refuses a small .docx whose text inflates to 60 MB of tiny paragraphs, before mammoth reads it', async () => {
    const bytes = await docxWith(paragraphs(2_000_000, '段落'));
    expect(bytes.length).toBeLessThan(2_000_000);
    await expect(readReportBytes(bytes, '报告.docx')).rejects.toThrow(/文字部分解压后超过 30 MB/);
  });
});

describe('reading in a worker thread', () => {
  it('reads a report there as it reads it here', async () => {
    const bytes = await reportDocx([
      '某县教育局关于2024年度法治政府建设情况的报告',
      '一、主要举措和成效',
      '做了工作。',
    ]);
    expect(await inWorker()(bytes, '报告.docx')).toEqual(await readReportBytes(bytes, '报告.docx'));
  });

  it('passes the reader’s own Chinese refusal through', async () => {
    await expect(inWorker()(Buffer.from('PK\u0003\u0004 不是 zip'), '报告.docx')).rejects.toThrow(/已损坏/);
  });

  it('ends a read that outgrows its memory ceiling, and this process carries on', async () => {
    const bytes = await docxWith(paragraphs(300_000, '一段很短的文字'));
    await expect(inWorker({ memoryMb: 48 })(bytes, '报告.docx')).rejects.toThrow(/超出内存上限（48 MB）/);
    expect((await inWorker()(await reportDocx(['之后照常']), '报告.docx')).text).toContain('之后照常');
  }, 60_000);

  it('ends a read that takes too long', async () => {
    const bytes = await docxWith(paragraphs(200_000));
    await expect(inWorker({ timeoutMs: 50 })(bytes, '报告.docx')).rejects.toThrow(
      /超过 0 秒仍未完成|超过 \d+ 秒仍未完成/,
    );
  });
});

describe('one set of text limits, in Chinese, for the window and the CLI', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a line over 100,000 characters',
      `某县教育局关于2024年度法治政府建设情况的报告\n${'字'.repeat(100_001)}`,
      /第 2 行有 100001 个字/,
    ],
    ['over 50,000 lines', `某县教育局关于2024年度法治政府建设情况的报告\n${'一行。\n'.repeat(50_001)}`, /超过 5 万行/],
  ];

  it.each(cases)('import:read refuses %s with invalid-input, never an internal error', async (_what, text, message) => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const router = createRouter(testHandlers(services, dataDir), { logError: () => {} });
    for (const source of [
      { kind: 'text', text },
      { kind: 'file', name: '报告.txt', bytesBase64: Buffer.from(text).toString('base64') },
    ]) {
      const result = await router.invoke('import:read', source);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid-input');
      expect(!result.ok && result.error.message).toMatch(message);
    }
    close();
  });

  it.each(cases)('the CLI refuses %s with the same message', async (_what, text, message) => {
    const file = join(tempDir(), '报告.txt');
    writeFileSync(file, text);
    const result = await cli(['import', file, '--json']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});

it('reads a first line of 250 characters as the opening of a report without a title, not as a title to refuse', async () => {
  const dataDir = tempDir();
  const { services, close } = openTestServices(dataDir);
  const router = createRouter(testHandlers(services, dataDir), { logError: () => {} });
  const result = await router.invoke('import:read', {
    kind: 'text',
    text: `${'标'.repeat(250)}\n一、主要举措\n做了工作。`,
  });
  expect(result.ok && (result.value as { title: string }).title).toBe('');
  close();
});

/** Text as a Taiwan or Hong Kong editor saves it: Big5, encoded through the decoder's own table. */
function big5(text: string): Buffer {
  const decoder = new TextDecoder('big5');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from([...text].flatMap((char) => table.get(char) ?? [...Buffer.from(char)]));
}

describe('text encodings of a .txt', () => {
  const report =
    '某县教育局关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n县教育局坚持依法行政，全年开展执法检查。';

  it.each([
    [
      'UTF-16LE with a byte-order mark (WPS "Unicode")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]),
    ],
    ['UTF-16LE without one', Buffer.from(report, 'utf16le')],
    [
      'UTF-16BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(report, 'utf16le').swap16()]),
    ],
  ])('decodes %s', (_what, bytes) => {
    expect(decodeText(bytes, '报告.txt')).toBe(report);
  });

  it('says a Big5 file is not GBK or UTF-8 instead of showing garbage', () => {
    const traditional =
      '本局堅持依法行政，推進法治政府建設，全年開展執法檢查，對發現的問題逐項整改，並向社會公開結果。';
    expect(() => decodeText(big5(traditional.repeat(3)), '報告.txt')).toThrow(/繁体中文（Big5）/);
  });

  it('takes a vertical tab for a line break, so two lines do not merge', () => {
    expect(decodeText(Buffer.from('第一行\u000b第二行'), '报告.txt')).toBe('第一行\n第二行');
  });
});
