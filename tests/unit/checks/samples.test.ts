import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';
import { hasSamples, sampleText } from '../../helpers/samples';

/** The findings for the sample whose file name starts with `prefix` (000 … 004). */
function check(prefix: string) {
  return runChecks(readReportText(sampleText(prefix))).findings;
}
const ids = (findings: ReturnType<typeof check>) => new Set(findings.map((finding) => finding.id));
const about = (findings: ReturnType<typeof check>, id: string, part?: string) =>
  findings.filter((finding) => finding.id === id && (part === undefined || finding.part === part));

// The samples are public documents kept beside the project, not in it: without them there is nothing to read.
describe.skipIf(!hasSamples)('checks on the real sample reports', () => {
  it('000 (四平 2024): date, punctuation, enumerations and website junk, but every part present and no false stale year', () => {
    const findings = check('000');
    expect(about(findings, 'part-missing')).toEqual([]);
    expect(about(findings, 'date-malformed')[0]?.excerpt).toBe('2024年1223');
    expect(ids(findings)).toContain('halfwidth-punctuation');
    const enumerations = about(findings, 'enumeration-gap').map((finding) => finding.message);
    expect(enumerations.some((message) => message.includes('只有“一是”'))).toBe(true);
    expect(enumerations.some((message) => message.includes('从“二是”开始'))).toBe(true);
    const junk = about(findings, 'conversion-junk').map((finding) => finding.excerpt);
    expect(junk.some((text) => text.includes('吉林省人民政府网'))).toBe(true);
    expect(junk.some((text) => text.includes('纠错'))).toBe(true);
    expect(about(findings, 'stale-year')).toEqual([]);
  });

  it('001 (海安 2023): no plans part, leadership before shortcomings, an image left as 1.png', () => {
    const findings = check('001');
    expect(about(findings, 'part-missing', 'plans')).toHaveLength(1);
    expect(ids(findings)).toContain('part-order');
    expect(about(findings, 'conversion-junk').map((finding) => finding.excerpt)).toContain('1.png');
  });

  it('002 (胡杨河 2022): numbering jumps 二 → 六, no shortcomings, leadership only inside the measures, Word leftovers and wrong terms', () => {
    const findings = check('002');
    expect(about(findings, 'numbering-gap').map((finding) => finding.excerpt)).toContain('六、下一步工作思路');
    expect(about(findings, 'part-missing', 'shortcomings')).toHaveLength(1);
    const leadership = about(findings, 'part-missing', 'leadership');
    expect(leadership).toHaveLength(1);
    expect(leadership[0]!.message).toContain('全面落实法治建设第一责任人职责');
    expect(
      about(findings, 'conversion-junk')
        .map((finding) => finding.excerpt)
        .join(),
    ).toContain('[bookmark: _GoBack]');
    expect(
      about(findings, 'term-form')
        .map((finding) => finding.message)
        .join(),
    ).toContain('法制副校长');
    expect(
      about(findings, 'repeated-word')
        .map((finding) => finding.message)
        .join(),
    ).toContain('“教育”');
  });

  it('003 (呼兰 2023): （1）（2）（三）, a thin leadership part, no signature or date, plans for the right year', () => {
    const findings = check('003');
    expect(
      about(findings, 'numbering-level')
        .map((finding) => finding.excerpt)
        .join(),
    ).toContain('（三）开展法治实践教育活动');
    expect(about(findings, 'part-thin', 'leadership')).toHaveLength(1);
    expect(ids(findings)).toContain('date-missing');
    expect(about(findings, 'plans-wrong-year')).toEqual([]);
  });

  it('004 (山阳 2024): no leadership, plans only a 下一步 sentence, no signature or date, 报告如下 without colon', () => {
    const findings = check('004');
    expect(about(findings, 'part-missing', 'leadership')).toHaveLength(1);
    expect(
      about(findings, 'part-missing', 'plans').length + about(findings, 'part-thin', 'plans').length,
    ).toBeGreaterThan(0);
    expect(ids(findings)).toContain('date-missing');
    expect(ids(findings)).toContain('missing-colon');
  });
});
