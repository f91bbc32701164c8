import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDocument } from '../../../shared/checks/check-document';
import { createIncrementalChecker } from '../../../shared/checks/create-incremental-checker';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');

describe('incremental checking', () => {
  it('gives exactly what a full check gives, edit after edit', () => {
    const check = createIncrementalChecker();
    const edits: [string, string][] = [
      ['废止2件。', '废止2件。。'],
      ['全局现有持证执法人员18名', '全局现有持证执法人员XX名'],
      ['均经过公众参与、专家论证', '均经过公众参与,专家论证'],
      ['（三）严格规范公正文明执法', '（五）严格规范公正文明执法'],
      ['2025年1月7日', '2025年01月07日'],
    ];
    let text = CLEAN;
    expect(check(readReportText(text))).toEqual(runChecks(readReportText(text)));
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      expect(check(readReportText(text))).toEqual(runChecks(readReportText(text)));
    }
    // Undoing brings the cached findings back to their places.
    for (const [from, to] of [...edits].reverse()) {
      text = text.replace(to, from);
      expect(check(readReportText(text))).toEqual(runChecks(readReportText(text)));
    }
  });

  it('moves a cached finding with its paragraph when paragraphs above are inserted', () => {
    const check = createIncrementalChecker();
    const broken = CLEAN.replace('废止2件。', '废止2件。。');
    check(readReportText(broken));
    const shifted: CheckDocument = readReportText(
      broken.replace('（一）加强组织领导\n', '（一）加强组织领导\n新增的一段。\n'),
    );
    const finding = check(shifted).findings.find((candidate) => candidate.id === 'repeated-punctuation')!;
    const expected = runChecks(shifted).findings.find((candidate) => candidate.id === 'repeated-punctuation')!;
    expect(finding.location).toEqual(expected.location);
    expect(finding.fix).toEqual(expected.fix);
  });
});
