import { Document, Packer, Paragraph, TextRun } from 'docx';
import { docxWithHiddenText } from '../../helpers/hidden-text-docx';
import { describe, expect, it } from 'vitest';
import { readReportBytes } from '../../../electron/import/read-report-bytes';
import { createRouter } from '../../../electron/ipc/create-router';
import { includeHiddenText } from '../../../shared/import/edit-draft';
import type { ImportDraft } from '../../../shared/import/import-draft';
import { openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('hidden text in an imported .docx', () => {
  it('is taken out of the text and listed with the paragraph it stood in', async () => {
    const { text, hidden } = await readReportBytes(await docxWithHiddenText(), '报告.docx');
    expect(text).toContain('全年开展执法检查36次。发现问题全部整改。');
    expect(text).toContain('依法行政水平持续提升。');
    expect(text).not.toMatch(/实际只查了|身份证号|起草说明|[\uE000\uE001]/);
    expect(hidden).toEqual([
      { text: '（内部：实际只查了5次）', near: '全年开展执法检查36次。发现问题全部整改。' },
      { text: '张三身份证号', near: '复议案件2件。' },
      { text: '此段为起草说明，不对外。', near: '' },
    ]);
  });

  it('reaches the review as 原文件中有隐藏文字, not imported until the clerk adds a piece', async () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const router = createRouter(testHandlers(services, dataDir), { logError: () => {} });
    const read = await router.invoke('import:read', {
      kind: 'file',
      name: '报告.docx',
      bytesBase64: (await docxWithHiddenText()).toString('base64'),
    });
    expect(read.ok).toBe(true);
    const draft = (read.ok ? read.value : undefined) as ImportDraft;
    expect(draft.hidden?.map((piece) => piece.included)).toEqual([false, false, false]);
    const texts = (d: ImportDraft) => d.parts.flatMap((part) => part.blocks.map((block) => JSON.stringify(block)));
    expect(texts(draft).join()).not.toMatch(/实际只查了/);

    // 作为正文加入: after the paragraph it stood in; one that stood alone goes to 未归类.
    const added = includeHiddenText(includeHiddenText(draft, 0), 2);
    const measures = added.parts
      .find((part) => part.key === 'measures')!
      .blocks.map((block) => (block.kind === 'table' ? '' : block.text));
    const after = measures.indexOf('全年开展执法检查36次。发现问题全部整改。');
    expect(measures[after + 1]).toBe('（内部：实际只查了5次）');
    expect(added.parts.find((part) => part.key === 'unassigned')?.blocks).toMatchObject([
      { kind: 'paragraph', text: '此段为起草说明，不对外。' },
    ]);
    expect(added.hidden?.map((piece) => piece.included)).toEqual([true, false, true]);
    close();
  });

  it('finds text hidden only through a style, with no w:vanish in the document itself', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'Draft', name: '起草说明', run: { vanish: true } }] },
      sections: [
        {
          children: [
            new Paragraph('某县教育局关于2024年度法治政府建设情况的报告'),
            new Paragraph({ style: 'Draft', children: [new TextRun('请办公室核对数字。')] }),
            new Paragraph('全年开展执法检查36次。'),
          ],
        },
      ],
    });
    const { text, hidden } = await readReportBytes(await Packer.toBuffer(doc), '报告.docx');
    expect(text).not.toContain('请办公室核对数字');
    expect(hidden).toEqual([{ text: '请办公室核对数字。', near: '' }]);
  });

  it('refuses a file whose text is all hidden, saying so', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun({ text: '全部隐藏', vanish: true })] })] }],
    });
    await expect(readReportBytes(await Packer.toBuffer(doc), '报告.docx')).rejects.toThrow(/都设成了隐藏/);
  });
});
