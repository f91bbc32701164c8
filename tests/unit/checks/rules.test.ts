import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/checks/apply-fix';
import { CHECK_DATA_2025 } from '../../../shared/checks/check-data-2025';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import type { CheckDocument } from '../../../shared/checks/check-document';
import { RULES } from '../../../shared/checks/rules';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');
const clean = () => readReportText(CLEAN);

/** The clean report with one line of it changed (the `from` text must be there). */
function planted(from: string, to: string, year?: number): CheckDocument {
  expect(CLEAN).toContain(from);
  return readReportText(CLEAN.replace(from, to), year);
}

/** Every core indicator filled in, agreeing with the clean report's text (18 certified officers, 2 penalty cases). */
const CORE_FILLED = CHECK_DATA_2025.coreIndicators.map((key) => ({
  key,
  value: key === 'certified_officers' ? 18 : key === 'penalty_cases' ? 2 : 1,
  notApplicable: false,
}));

/** The rules whose findings are mechanical: each must offer a fix, and the fix must work. */
const FIXABLE = new Set([
  'date-format',
  'numbering-style',
  'numbering-doubled',
  'heading-punctuation',
  'halfwidth-punctuation',
  'straight-quotes',
  'repeated-punctuation',
  'missing-colon',
  'stray-space',
  'term-form',
  'wording-form',
  'repeated-word',
  'conversion-junk',
]);

/** For each rule of the catalogue: a report with its defect planted, and one without. */
const CASES: Record<string, { defective: () => CheckDocument; sound?: () => CheckDocument }> = {
  'part-missing': {
    defective: () =>
      planted('三、2024年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况', ''),
  },
  'part-thin': {
    defective: clean,
    sound: () => ({
      ...clean(),
      parts: clean().parts.map((part) => ({
        ...part,
        paragraphs: Array.from({ length: 20 }, (_, index) => ({
          text: `第${index}段：全年办理事项${index + 10}件，覆盖全县学校。`.repeat(5),
          heading: false,
        })),
      })),
    }),
  },
  'numbering-doubled': {
    defective: () => planted('（一）加强组织领导', '（一）（一）加强组织领导'),
  },
  'part-order': {
    defective: () => {
      const doc = clean();
      const [preface, measures, shortcomings, leadership, plans] = doc.parts;
      return { ...doc, parts: [preface!, measures!, leadership!, shortcomings!, plans!] };
    },
  },
  'shortcomings-no-causes': {
    defective: () => ({
      ...clean(),
      parts: clean().parts.map((part) =>
        part.key === 'shortcomings'
          ? { ...part, paragraphs: [{ text: '（一）执法力量相对薄弱。持证执法人员只有18名。', heading: false }] }
          : part,
      ),
    }),
  },
  'shortcomings-as-achievements': {
    defective: () => planted('（三）法治宣传形式比较单一。', '（三）法治宣传取得显著成效，群众满意度明显提升。'),
  },
  'shortcoming-without-plan': {
    defective: () =>
      planted(
        '（三）丰富法治宣传形式。编写分学段的法治教育读本，每所学校至少开展一次模拟法庭活动。',
        '（三）加强财务管理。规范经费使用。',
      ),
  },
  'leadership-vague': {
    defective: () => ({
      ...clean(),
      parts: clean().parts.map((part) =>
        part.key === 'leadership'
          ? {
              ...part,
              paragraphs: [{ text: '局主要负责人高度重视法治建设工作，认真履行第一责任人职责。', heading: false }],
            }
          : part,
      ),
    }),
  },
  'plans-too-few': {
    defective: () => ({
      ...clean(),
      parts: clean().parts.map((part) =>
        part.key === 'plans' ? { ...part, paragraphs: part.paragraphs.slice(0, 1) } : part,
      ),
    }),
  },
  'measures-no-figures': {
    defective: () =>
      planted(
        '局党组全年召开会议专题研究法治工作4次，印发《清河县教育局2024年法治政府建设工作要点》，明确12项重点任务和责任科室',
        '局党组高度重视法治工作，认真研究部署，压实责任',
      ),
  },
  'menu-uncovered': {
    defective: () => ({
      ...clean(),
      menu: [{ key: 'vice_principals', label: '法治副校长', part: 'measures', state: 'unwritten' }],
    }),
    sound: () => ({
      ...clean(),
      menu: [{ key: 'vice_principals', label: '法治副校长', part: 'measures', state: 'done' }],
    }),
  },
  'title-year': { defective: () => readReportText(CLEAN, 2025) },
  'plans-wrong-year': {
    defective: () => planted('四、2025年推进法治政府建设的主要安排', '四、2024年推进法治政府建设的主要安排'),
  },
  'stale-year': { defective: () => planted('全县中小学法治副校长配备率', '2023年，全县中小学法治副校长配备率') },
  'date-missing': { defective: () => planted('\n2025年1月7日', '') },
  'date-malformed': { defective: () => planted('2025年1月7日', '2025年0107') },
  'date-format': { defective: () => planted('2025年1月7日', '2025年01月07日') },
  'date-implausible': { defective: () => planted('2025年1月7日', '2025年6月7日') },
  'numbering-gap': { defective: () => planted('（三）严格规范公正文明执法', '（五）严格规范公正文明执法') },
  'numbering-level': { defective: () => planted('（二）建立上位法跟踪机制', '（2）建立上位法跟踪机制') },
  'numbering-style': { defective: () => planted('（一）加强组织领导', '(一)加强组织领导') },
  'enumeration-gap': { defective: () => planted('严格落实重大行政决策程序', '一是严格落实重大行政决策程序') },
  'heading-punctuation': { defective: () => planted('（一）加强组织领导', '（一）加强组织领导。') },
  'halfwidth-punctuation': { defective: () => planted('均经过公众参与、专家论证', '均经过公众参与,专家论证') },
  'straight-quotes': { defective: () => planted('“三项制度”', '"三项制度"') },
  'unbalanced-pairs': { defective: () => planted('建设工作要点》', '建设工作要点') },
  'repeated-punctuation': { defective: () => planted('废止2件。', '废止2件。。') },
  'missing-colon': { defective: () => planted('报告如下：', '报告如下') },
  'stray-space': { defective: () => planted('深化依法治校。', '深化依法 治校。') },
  placeholder: { defective: () => planted('全局现有持证执法人员18名', '全局现有持证执法人员XX名') },
  'term-form': { defective: () => planted('全县中小学法治副校长', '全县中小学法制副校长') },
  'wording-form': { defective: () => planted('全局现有持证执法人员18名', '截止2024年底，全局现有持证执法人员18名') },
  'repeated-word': { defective: () => planted('丰富法治宣传形式', '丰富法治宣传宣传形式') },
  'long-sentence': { defective: () => planted('废止2件。', `废止2件${'，并对照上位法逐条核对文件条款'.repeat(12)}。`) },
  'conversion-junk': {
    defective: () => planted('（四）深化普法和青少年法治教育', '[bookmark: _GoBack]（四）深化普法和青少年法治教育'),
  },
  'indicator-missing': {
    defective: () => ({ ...clean(), indicators: [] }),
    sound: () => ({ ...clean(), indicators: CORE_FILLED }),
  },
  'indicator-mismatch': {
    defective: () => ({
      ...clean(),
      indicators: CORE_FILLED.map((value) => (value.key === 'certified_officers' ? { ...value, value: 15 } : value)),
    }),
    sound: () => ({ ...clean(), indicators: CORE_FILLED }),
  },
  'commitment-unreported': {
    defective: () => ({ ...clean(), previousPlans: ['建设智慧校园安防监控平台'] }),
    sound: () => ({ ...clean(), previousPlans: ['清理规范性文件，废止过时文件'] }),
  },
  'carryover-unedited': {
    defective: () => ({ ...clean(), carriedOver: [{ part: 'measures', paragraph: 1 }] }),
    sound: () => ({ ...clean(), carriedOver: [] }),
  },
  privacy: { defective: () => planted('出具书面法律意见21份。', '出具书面法律意见21份，联系电话13912345678。') },
};

const findingsOf = (doc: CheckDocument, id: string) => runChecks(doc).findings.filter((finding) => finding.id === id);

describe('the catalogue', () => {
  it('has a test case for every rule in the registry, and a rule for every case', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it('names only indicators the outline defines', () => {
    const defined = new Set(CURRENT_OUTLINE.indicators.map((indicator) => indicator.key));
    for (const key of [...CHECK_DATA_2025.coreIndicators, ...Object.keys(CHECK_DATA_2025.indicatorWords)])
      expect(defined.has(key), key).toBe(true);
  });

  it('finds no error at all in a clean report', () => {
    expect(runChecks(clean()).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('writes every message in Chinese, saying what to do', () => {
    for (const [id, { defective }] of Object.entries(CASES)) {
      for (const finding of findingsOf(defective(), id)) expect(finding.message, id).toMatch(/[\u4e00-\u9fff].*[请应]/);
    }
  });
});

describe.each(Object.entries(CASES))('%s', (id, { defective, sound = clean }) => {
  it('fires on a report with the defect', () => {
    expect(findingsOf(defective(), id).length).toBeGreaterThan(0);
  });

  it('stays silent on a report without it', () => {
    expect(findingsOf(sound(), id)).toEqual([]);
  });

  it('fixes itself where the fix is mechanical', () => {
    const doc = defective();
    const fixable = findingsOf(doc, id).filter((candidate) => candidate.fix);
    expect(fixable.length > 0).toBe(FIXABLE.has(id));
    for (const finding of fixable) {
      const fixed = applyFix(doc, finding.fix!);
      expect(
        findingsOf(fixed, id).filter(
          (after) => after.excerpt === finding.excerpt && after.location.place === finding.location.place,
        ),
      ).toEqual([]);
    }
  });
});

// The checks read 成文日期 with the one date parser (parseTypedDate, as the date fields and the import
// read dates): a real day written in any form it reads — 二○二五 with the circle, letters O for 〇,
// spaces between the parts, 2025-1-7, 2025.1.7, full-width digits — is only
// date-format's warning with its fix, no longer a date-malformed error, since an error is what a
// reviewer would send back and this date they would not.
describe('the 成文日期 as the one parser of issue dates reads it', () => {
  const dated = (date: string): CheckDocument => ({ ...clean(), date });

  it.each([
    '二〇二五年一月七日',
    '二○二五年一月七日',
    '二O二五年一月七日',
    '2025 年 1 月 7 日',
    '2025年01月07日',
    '2025-1-7',
    '2025.01.07',
    '２０２５／１／７',
  ])('takes %s for a real day written the non-standard way, and offers 2025年1月7日', (date) => {
    expect(findingsOf(dated(date), 'date-malformed')).toEqual([]);
    const [format] = findingsOf(dated(date), 'date-format');
    expect(format).toMatchObject({ severity: 'warning', fix: { label: '改为“2025年1月7日”' } });
    expect(findingsOf(applyFix(dated(date), format!.fix!), 'date-format')).toEqual([]);
  });

  it.each(['2025年2月30日', '2025年13月1日', '2025年0107', '二〇二五年一月', '2025-2-30'])(
    'sends back %s, which is no real day',
    (date) => {
      expect(findingsOf(dated(date), 'date-malformed')).toMatchObject([{ severity: 'error' }]);
      expect(findingsOf(dated(date), 'date-format')).toEqual([]);
    },
  );

  it('leaves a standard date alone', () => {
    expect(findingsOf(dated('2025年1月7日'), 'date-format')).toEqual([]);
    expect(findingsOf(dated('2025年1月7日'), 'date-malformed')).toEqual([]);
  });
});
