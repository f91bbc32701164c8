import { Document, Packer, Paragraph, TextRun } from 'docx';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { generatedReport } from './generated-report';

/**
 * A .docx with one paragraph per line, as Word or WPS saves a report typed line by line: fonts and
 * sizes set on every run, and a paragraph split into runs where the clerk once edited it.
 */
export async function reportDocx(lines: readonly string[]): Promise<Buffer> {
  const run = (text: string) => new TextRun({ text, font: '仿宋_GB2312', size: 32 });
  const paragraph = (line: string) =>
    new Paragraph({
      spacing: { line: 560 },
      children: line.length > 40 ? [run(line.slice(0, 20)), run(line.slice(20))] : [run(line)],
    });
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map(paragraph) }] }));
}

const HEADINGS = {
  measures: '一、2024年度推进法治政府建设的主要举措和成效',
  shortcomings: '二、2024年度推进法治政府建设存在的不足和原因',
  leadership: '三、2024年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
  plans: '四、2025年度推进法治政府建设的主要安排',
};

/**
 * A whole report of about `chars` characters as a clerk's file holds it: the title over two lines,
 * addressee, the four parts under typed headings, signature and date.
 */
export function generatedReportLines(chars: number): string[] {
  const { preface: _preface, ...parts } = generatedReport(chars);
  const body = Object.entries(parts).flatMap(([key, json]) => [
    HEADINGS[key as keyof typeof HEADINGS],
    ...blocksPlainText(partBlocks(json)).split('\n'),
  ]);
  const opening = '2024年，县教育局坚持以习近平法治思想为指导，依法履行教育职责。现将有关情况报告如下：';
  return [
    '某县教育局关于2024年度',
    '法治政府建设情况的报告',
    '县委、县政府：',
    opening,
    ...body,
    '某县教育局',
    '2025年1月7日',
  ];
}
