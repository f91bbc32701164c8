import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportBytes } from '../../../electron/import/read-report-bytes';
import { importReport } from '../../../shared/import/import-report';
import { reportDocx } from '../../helpers/report-docx';
import { badInputs, type BadInput } from './bad-inputs';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', name));
const importBytes = async (bytes: Buffer, name: string) => importReport((await readReportBytes(bytes, name)).text);

describe('import from files', () => {
  it('reads a .docx with the title over two paragraphs, headings, signature and date', async () => {
    const docx = await reportDocx([
      '某县教育局关于2024年度',
      '法治政府建设情况的报告',
      '县委、县政府：',
      '2024年，县教育局坚持依法行政。现将有关情况报告如下：',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '（一）加强组织领导',
      '局党组全年专题研究法治工作四次，制定年度工作要点并逐项落实到责任科室和直属学校，全年未发生行政复议被纠错案件。',
      '二、存在的不足和原因',
      '执法力量不足。主要是编制有限，持证人员少。',
      '三、主要负责人履行推进法治建设第一责任人职责情况',
      '主要负责人主持召开会议专题研究法治工作。',
      '四、2025年度主要安排',
      '1.充实执法力量。争取增加执法编制。',
      '某县教育局',
      '2025年1月7日',
    ]);
    const draft = await importBytes(docx, '报告.docx');
    expect(draft).toMatchObject({
      title: '某县教育局关于2024年度法治政府建设情况的报告',
      organization: '某县教育局',
      year: 2024,
      addressee: '县委、县政府',
      signature: '某县教育局',
      date: '2025-01-07',
    });
    expect(draft.parts.map((part) => part.key)).toEqual(['preface', 'measures', 'shortcomings', 'leadership', 'plans']);
    expect(draft.parts[1]!.blocks[0]).toEqual({ kind: 'heading', level: 2, text: '加强组织领导', line: 5 });
    expect(draft.parts[4]!.blocks[0]).toMatchObject({
      kind: 'paragraph',
      lead: { level: 3, text: '充实执法力量。' },
      text: '争取增加执法编制。',
    });
  });

  it('keeps a .docx table as a table, empty cells in their place, and leaves pictures behind', async () => {
    const cell = (text: string) => new TableCell({ children: text ? [new Paragraph(text)] : [] });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('某县教育局关于2024年度法治政府建设情况的报告'),
              new Paragraph('一、2024年度推进法治政府建设的主要举措和成效'),
              new Paragraph('全年行政执法情况如下表。'),
              new Table({
                rows: [
                  new TableRow({ children: [cell('事项'), cell('件数')] }),
                  new TableRow({ children: [cell('行政检查'), cell('')] }),
                  new TableRow({ children: [cell('行政处罚'), cell('3')] }),
                ],
              }),
              new Paragraph('执法人员全部持证上岗 & 亮证执法。'),
            ],
          },
        ],
      }),
    );
    const measures = (await importBytes(docx, '报告.docx')).parts.find((part) => part.key === 'measures')!;
    expect(measures.blocks).toMatchObject([
      { kind: 'paragraph', text: '全年行政执法情况如下表。' },
      {
        kind: 'table',
        rows: [
          ['事项', '件数'],
          ['行政检查', '—'],
          ['行政处罚', '3'],
        ],
      },
      { kind: 'paragraph', text: '执法人员全部持证上岗 & 亮证执法。' },
    ]);
  });

  it('reads the same report from UTF-8, GBK and .docx alike', async () => {
    const utf8 = await importBytes(fixture('clean-2024.txt'), 'clean-2024.txt');
    expect(utf8.parts.map((part) => part.key)).toEqual(['preface', 'measures', 'shortcomings', 'leadership', 'plans']);
    expect(await importBytes(fixture('clean-2024.gbk.txt'), 'clean-2024.gbk.txt')).toEqual(utf8);
    const docx = await importBytes(fixture('clean-2024.docx'), 'clean-2024.docx');
    expect(docx.parts).toEqual(utf8.parts);
  });

  describe('refuses what is not a report, in Chinese, within a second', () => {
    let inputs: BadInput[] = [];
    beforeAll(async () => {
      inputs = await badInputs();
    });

    it('for every kind of bad file', async () => {
      for (const input of inputs) {
        const start = performance.now();
        const outcome = await readReportBytes(input.bytes, input.name).then(
          () => 'read',
          (error: Error) => error.message,
        );
        expect(outcome, input.what).toMatch(input.message);
        expect(outcome, input.what).toMatch(/请/);
        expect(performance.now() - start, input.what).toBeLessThan(1000);
      }
    });
  });
});
