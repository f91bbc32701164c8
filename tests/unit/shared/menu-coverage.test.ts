import { describe, expect, it } from 'vitest';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { menuCoverage, menuItemState, type CoverageParagraph } from '../../../shared/outline/menu-coverage';
import type { MenuItem } from '../../../shared/outline/outline';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import { COUNTY_2024_HEADER } from '../../helpers/county-report-header';

const item = (key: string): MenuItem =>
  CURRENT_OUTLINE.parts.flatMap((part) => part.menu).find((candidate) => candidate.key === key)!;
const body = (...texts: string[]): CoverageParagraph[] => texts.map((text) => ({ text, heading: false }));

describe('menuCoverage: a menu item clearly covered by its part’s text', () => {
  it('ticks an item whose key words stand in one paragraph', () => {
    expect(menuCoverage(item('vice_principals'), body('全县中小学法治副校长配备率100%，进校授课86场。'))).toEqual([
      '法治副校长',
    ]);
    expect(menuCoverage(item('disputes'), body('全年办理行政复议案件2件、行政诉讼案件1件，无败诉。'))).toEqual([
      '复议',
      '诉讼',
    ]);
    expect(menuCoverage(item('leader_study'), body('局党组书记带头学法6次，讲授法治课1次。'))).toEqual(['学法']);
  });

  it('needs every word of a set in one sentence, not scattered over the part or a long paragraph', () => {
    const scattered = body('全年办理行政复议案件2件。', '积极应对行政诉讼。');
    expect(menuCoverage(item('disputes'), scattered)).toBeNull();
    expect(menuCoverage(item('normative_documents'), body('全年制发规范性文件3件。', '清理历年文件。'))).toBeNull();
    expect(
      menuCoverage(item('normative_documents'), body('全年制发规范性文件3件。按期清理历年文件，废止2件。')),
    ).toBeNull();
    expect(menuCoverage(item('normative_documents'), body('全年制发规范性文件3件，均经合法性审查。'))).toEqual([
      '规范性文件',
      '合法性审查',
    ]);
  });

  it('reads a heading with the paragraph written under it, never on its own', () => {
    const heading = { text: '学习贯彻习近平法治思想', heading: true };
    expect(menuCoverage(item('xi_thought'), [heading])).toBeNull();
    expect(menuCoverage(item('xi_thought'), [heading, { text: '', heading: false }])).toBeNull();
    expect(menuCoverage(item('xi_thought'), [heading, ...body('组织专题学习12次，覆盖全体干部。')])).toEqual([
      '学习贯彻习近平法治思想',
    ]);
    // A heading whose section is empty lends nothing to the next section's paragraph.
    const next = { text: '推进严格规范公正文明执法', heading: true };
    expect(menuCoverage(item('xi_thought'), [heading, next, ...body('全年开展执法检查40次。')])).toBeNull();
  });

  it('does not tick on a passing mention, a denial or last year’s copied text', () => {
    expect(menuCoverage(item('xi_thought'), body('坚持以习近平法治思想为指导，全面推进依法治教。'))).toBeNull();
    expect(menuCoverage(item('vice_principals'), body('部分乡村学校尚未配备法治副校长。'))).toBeNull();
    expect(menuCoverage(item('off_campus_training'), body('今年没有开展校外培训机构专项检查。'))).toBeNull();
    expect(
      menuCoverage(item('vice_principals'), [{ text: '法治副校长配备率100%。', heading: false, carriedOver: true }]),
    ).toBeNull();
    expect(menuCoverage(item('oversight'), body('通过政务公开栏公示执法结果。'))).toBeNull();
    // A title cited in 《》 is what was studied or filed, not the work done.
    expect(menuCoverage(item('oversight'), body('集中学习《政府信息公开条例》等法规6次。'))).toBeNull();
    expect(
      menuCoverage(item('vice_principals'), body('向市依法治市办备案《中小学法治副校长聘任管理制度》。')),
    ).toBeNull();
  });

  it('has key words beside every menu item but the one no words can tell', () => {
    const items = CURRENT_OUTLINE.parts.flatMap((part) => part.menu);
    expect(items).toHaveLength(20);
    expect(items.filter((candidate) => !candidate.keywords.length).map((candidate) => candidate.key)).toEqual([
      'plans_concrete',
    ]);
  });

  it('leaves an item without key words to the clerk', () => {
    expect(item('plans_concrete').keywords).toEqual([]);
    expect(menuCoverage(item('plans_concrete'), body('一是完成平台招标。二是开展培训。三是修订制度。'))).toBeNull();
  });
});

describe('menuItemState: the clerk’s mark wins over the text', () => {
  const covered = body('全县中小学法治副校长配备率100%。');
  it('is 已写（自动） with no mark and covering text, 未写 with neither', () => {
    expect(menuItemState(item('vice_principals'), undefined, covered)).toBe('auto-done');
    expect(menuItemState(item('vice_principals'), undefined, body('开展普法活动。'))).toBe('unwritten');
  });
  it('keeps 未写 and 不适用 set by the clerk even where the text covers the item', () => {
    expect(menuItemState(item('vice_principals'), 'unwritten', covered)).toBe('unwritten');
    expect(menuItemState(item('vice_principals'), 'not-applicable', covered)).toBe('not-applicable');
  });
});

describe('the checks of a report whose text covers menu items', () => {
  const report = {
    ...COUNTY_2024_HEADER,
    parts: [{ key: 'measures' as const, heading: '举措', contentJson: null, plainText: '', updatedAt: '' }],
  };
  const blocks = { measures: body('全县中小学法治副校长配备率100%，进校授课86场。') };
  const uncovered = (checklist: { itemKey: string; state: 'unwritten' | 'done' | 'not-applicable' }[]) =>
    runChecks(
      documentFromReport(report, blocks, { outline: CURRENT_OUTLINE, indicators: [], checklist, previousPlans: [] }),
    )
      .findings.filter((finding) => finding.id === 'menu-uncovered')
      .map((finding) => finding.message);

  it('raises no 提示 for an item ticked by the text, and one again once the clerk marks it 未写', () => {
    expect(uncovered([]).some((message) => message.includes('“法治副校长”'))).toBe(false);
    expect(uncovered([]).some((message) => message.includes('“校外培训机构监管”'))).toBe(true);
    expect(
      uncovered([{ itemKey: 'vice_principals', state: 'unwritten' }]).some((message) =>
        message.includes('“法治副校长”'),
      ),
    ).toBe(true);
  });
});
