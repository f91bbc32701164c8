import { performance } from 'node:perf_hooks';
import type { CheckDocument } from '../../shared/checks/check-document';
import { createIncrementalChecker } from '../../shared/checks/create-incremental-checker';
import { runChecks } from '../../shared/checks/run-checks';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { readReportText } from '../../shared/reading/read-report-text';
import { generatedReport } from '../helpers/generated-report';
import type { Bench } from './bench';

const HEADINGS: Record<string, string> = {
  measures: '一、2024年度推进法治政府建设的主要举措和成效',
  shortcomings: '二、2024年度推进法治政府建设存在的不足和原因',
  leadership: '三、2024年度党政主要负责人履行推进法治建设第一责任人职责情况',
  plans: '四、2025年推进法治政府建设的主要安排',
};

/** A report of about `chars` characters as text, read the way the CLI reads a file. */
function reportOf(chars: number): CheckDocument {
  const parts = Object.entries(generatedReport(chars)).map(
    ([key, json]) => `${HEADINGS[key] ?? ''}\n${blocksPlainText(partBlocks(json))}`,
  );
  return readReportText(
    ['某县教育局关于2024年度法治政府建设情况的报告', '县委、县政府：', ...parts, '某县教育局', '2025年1月7日'].join(
      '\n',
    ),
  );
}

/** Mean time of ten consecutive runs: checking runs again and again while the clerk writes. */
function timed(run: () => unknown): number {
  const start = performance.now();
  for (let index = 0; index < 10; index++) run();
  return (performance.now() - start) / 10;
}

const doc15k = reportOf(15_000);
const doc150k = reportOf(150_000);

/** The 15,000-character report with one character typed into one paragraph of the measures. */
function withOneEdit(doc: CheckDocument, round: number): CheckDocument {
  return {
    ...doc,
    parts: doc.parts.map((part) =>
      part.key !== 'measures'
        ? part
        : {
            ...part,
            paragraphs: part.paragraphs.map((paragraph, index) =>
              index === 5 ? { ...paragraph, text: `${paragraph.text}${round % 10}` } : paragraph,
            ),
          },
    ),
  };
}

const incremental = createIncrementalChecker();
incremental(doc15k);
let round = 0;

export const checkBenches: readonly Bench[] = [
  { name: 'checks.full_15k', unit: 'ms', measure: () => timed(() => runChecks(doc15k)) },
  { name: 'checks.full_150k', unit: 'ms', measure: () => timed(() => runChecks(doc150k)) },
  {
    name: 'checks.incremental_edit',
    unit: 'ms',
    measure: () => timed(() => incremental(withOneEdit(doc15k, round++))),
  },
];
