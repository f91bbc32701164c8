import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/run-checks';
import { importReport } from '../../../shared/import/import-report';
import { readReportText } from '../../../shared/reading/read-report-text';

// Reports the lead wrote after the reader was built, in shapes it was not tuned on.
const text = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'lead-held-out', name), 'utf8');
const keys = (name: string) =>
  importReport(text(name))
    .parts.map((part) => part.key)
    .filter((key) => key !== 'preface');
const errors = (name: string) =>
  runChecks(readReportText(text(name)))
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => finding.id);

describe('reports the reader was not built on', () => {
  it('finds the signature and date above a website’s 【打印本页】【关闭窗口】 line', () => {
    const doc = readReportText(text('web-footer-party-group.txt'));
    expect(doc.signature).toBe('中共某某县卫生健康局党组');
    expect(doc.date).toBe('2024年1月18日');
    expect(errors('web-footer-party-group.txt')).toEqual([]);
  });

  it('splits a heading for shortcomings and plans where the plans start inside its one paragraph', () => {
    expect(keys('merged-heading-plans-in-paragraph.txt')).toEqual(['measures', 'shortcomings', 'plans']);
    // The report really has no leadership part: that error stays, and it is the only one.
    expect(errors('merged-heading-plans-in-paragraph.txt')).toEqual(['part-missing']);
  });

  it('reads a report pasted as one line that opens with its preface', () => {
    const draft = importReport(text('one-line-colon.txt'));
    expect([draft.title, draft.organization, draft.year, draft.date]).toEqual([
      '',
      '某某县交通运输局',
      2023,
      '2024-02-05',
    ]);
    expect(keys('one-line-colon.txt')).toEqual(['measures', 'shortcomings', 'leadership', 'plans']);
    expect(errors('one-line-colon.txt')).toEqual([]);
  });

  it('joins a heading number broken from its words and sentences broken across lines', () => {
    expect(keys('broken-heading-number.txt')).toEqual(['measures', 'shortcomings', 'leadership', 'plans', 'other']);
    expect(errors('broken-heading-number.txt')).toEqual([]);
  });
});
