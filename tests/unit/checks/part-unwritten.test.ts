import { describe, expect, it } from 'vitest';
import { submissionReadiness } from '../../../shared/checks/acknowledgement';
import { submissionCounts } from '../../../shared/checks/blocks-submission';
import { createIncrementalChecker } from '../../../shared/checks/create-incremental-checker';
import type { DocParagraph } from '../../../shared/checks/check-document';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import type { PartKey } from '../../../shared/outline/part-key';

/** A new report as the app holds it: every part in place, each an editor with one empty block. */
function appReport(texts: Partial<Record<PartKey, string>> = {}) {
  const parts = CURRENT_OUTLINE.parts.map((part) => ({
    key: part.key,
    heading: part.heading,
    contentJson: null,
    plainText: texts[part.key] ?? '',
    updatedAt: '',
  }));
  const report = {
    year: 2024,
    title: '四平市教育局关于2024年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    signature: '四平市教育局',
    issuedOn: '2025-01-07',
    parts,
  };
  const blocks = Object.fromEntries(
    parts.map((part) => [part.key, [{ text: texts[part.key] ?? '', heading: false }] as DocParagraph[]]),
  );
  const context = { outline: CURRENT_OUTLINE, indicators: [], checklist: [], previousPlans: [] };
  return documentFromReport(report, blocks, context);
}

describe('a required part not written yet, while the report is written in the app', () => {
  it('says one calm 未写 per empty required part and nothing else about it', () => {
    const { findings, counts } = runChecks(appReport());
    const onParts = findings.filter((finding) =>
      ['measures', 'shortcomings', 'leadership', 'plans'].includes(finding.part),
    );
    expect(onParts.map((finding) => [finding.id, finding.part, finding.severity])).toEqual([
      ['part-unwritten', 'leadership', 'info'],
      ['part-unwritten', 'measures', 'info'],
      ['part-unwritten', 'plans', 'info'],
      ['part-unwritten', 'shortcomings', 'info'],
    ]);
    expect(onParts.find((finding) => finding.part === 'shortcomings')!.message).toMatch(/^未写：“存在的不足和原因”/);
    expect(counts.error).toBe(0);
  });

  it('lets the other findings on a part speak once the clerk starts writing it', () => {
    const { findings } = runChecks(appReport({ plans: '2025年将继续加强法治宣传。' }));
    const plans = findings.filter((finding) => finding.part === 'plans').map((finding) => finding.id);
    expect(plans).not.toContain('part-unwritten');
    expect(plans).toContain('plans-too-few');
    expect(plans).toContain('menu-uncovered');
  });

  it('still blocks submission, and counts as an error there and on the dashboard', () => {
    const { findings } = runChecks(appReport({ plans: '2025年将继续加强法治宣传。' }));
    const readiness = submissionReadiness(findings, []);
    expect(readiness.ready).toBe(false);
    expect(readiness.blocking.map((finding) => finding.part).sort()).toEqual([
      'leadership',
      'measures',
      'shortcomings',
    ]);
    expect(submissionCounts(findings).error).toBe(3);
  });

  it('gives the same result when checking as the clerk types', () => {
    const check = createIncrementalChecker();
    expect(check(appReport())).toEqual(runChecks(appReport()));
    const started = appReport({ measures: '全年开展普法活动12场。' });
    expect(check(started)).toEqual(runChecks(started));
  });

  it('is an error of its own in a file read from disk: there an empty part is simply missing', () => {
    const file = { ...appReport(), beingWritten: false };
    const missing = runChecks(file).findings.filter((finding) => finding.id === 'part-missing');
    expect(missing).toHaveLength(4);
    expect(missing.every((finding) => finding.severity === 'error')).toBe(true);
  });
});
