import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDocument } from '../../../shared/checks/check-document';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'checks');
const read = (name: string) => readReportText(readFileSync(join(DIR, name), 'utf8'));

/** The indicator table as a clerk would fill it for each clean report, agreeing with its text. */
const INDICATORS: Record<string, CheckDocument['indicators']> = {
  'clean-justice-2021.txt': [{ key: 'legal_advisers', value: 2, notApplicable: false }],
  'clean-market-2022.txt': [
    { key: 'certified_officers', value: 96, notApplicable: false },
    { key: 'penalty_cases', value: 312, notApplicable: false },
  ],
  'clean-education-2023.txt': [
    { key: 'certified_officers', value: 21, notApplicable: false },
    { key: 'penalty_cases', value: 4, notApplicable: false },
    { key: 'legal_advisers', value: 1, notApplicable: false },
  ],
  'clean-ecology-2024.txt': [{ key: 'penalty_cases', value: 142, notApplicable: false }],
  'clean-hrss-2022.txt': [
    { key: 'study_sessions', value: 10, notApplicable: false },
    { key: 'legal_advisers', value: 1, notApplicable: false },
  ],
};

const CLEAN = readdirSync(DIR).filter((name) => name.startsWith('clean-'));

describe('sound reports in official wording, several departments and years', () => {
  it('are five', () => expect(CLEAN).toHaveLength(5));

  it.each(CLEAN)('%s: not one error', (name) => {
    const doc = { ...read(name), indicators: INDICATORS[name] };
    const errors = runChecks(doc).findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.id}: ${finding.excerpt || finding.message}`)).toEqual([]);
  });

  it.each(CLEAN)('%s: no warning but on length, nor any indicator compared with a rate', (name) => {
    const doc = { ...read(name), indicators: INDICATORS[name] };
    const warnings = runChecks(doc).findings.filter(
      (finding) => finding.severity === 'warning' && finding.id !== 'part-thin' && finding.id !== 'indicator-missing',
    );
    expect(warnings.map((finding) => `${finding.id}: ${finding.excerpt}`)).toEqual([]);
  });
});

describe('a report with the defects county reviewers send back', () => {
  const doc = read('defective-health-2023.txt');
  const findings = runChecks(doc).findings;
  const at = (id: string, words: string) =>
    findings.filter((finding) => finding.id === id && finding.excerpt.includes(words));

  it.each([
    ['term-form', 'error', '法制政府'],
    ['term-form', 'error', '法制宣传'],
    ['term-form', 'error', '督查工作规定'],
    ['wording-form', 'warning', '清卫发[2023]2号'],
    ['wording-form', 'warning', '清卫发(2023)6号'],
    ['wording-form', 'warning', '2020－2025年'],
    ['wording-form', 'warning', '截止2023年底'],
    ['privacy', 'warning', '周建国律师'],
    ['privacy', 'warning', '联系人：吴晓梅'],
    ['privacy', 'warning', '13907771234'],
  ])('finds %s (%s) at “%s”', (id, severity, words) => {
    const found = at(id, words);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((finding) => finding.severity === severity)).toBe(true);
  });

  it('never calls leadership absent when it is the first item of the measures', () => {
    const leadership = findings.filter((finding) => finding.id === 'part-missing' && finding.part === 'leadership');
    for (const finding of leadership) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toContain('的第（一）项“党政主要负责人履行推进法治建设第一责任人职责情况”');
    }
  });
});
