import { describe, expect, it } from 'vitest';
import { ImportDraft } from '../../../shared/import/import-draft';
import { importReport } from '../../../shared/import/import-report';
import { parseIssueDate } from '../../../shared/report/parse-issue-date';
import { hasSamples, sampleText } from '../../helpers/samples';

const sample = (prefix: string) => importReport(sampleText(prefix));
const keys = (draft: ImportDraft) => draft.parts.map((part) => part.key).filter((key) => key !== 'preface');
/** Headings and lead sentences of a part, as level:text. */
const headings = (draft: ImportDraft, key: string) =>
  draft.parts
    .find((part) => part.key === key)!
    .blocks.flatMap((block) =>
      block.kind === 'heading' ? [block] : block.kind === 'paragraph' && block.lead ? [block.lead] : [],
    )
    .map((heading) => `${heading.level}:${heading.text}`);

// The samples are public documents kept beside the project, not in it.
describe.skipIf(!hasSamples)('import of the real sample reports', () => {
  it('000 (四平 2024): all four parts, the organization and year from the title, the website junk taken out', () => {
    const draft = sample('000');
    expect(keys(draft)).toEqual(['measures', 'shortcomings', 'leadership', 'plans']);
    expect(draft).toMatchObject({
      organization: '四平市教育局',
      year: 2024,
      signature: '四平市教育局',
      date: null,
      dateText: '2024年1223',
    });
    expect(draft.parts.every((part) => part.confidence === 'high')).toBe(true);
    const junk = draft.junk.map((item) => item.text).join('\n');
    expect(junk).toContain('吉林省人民政府网');
    expect(junk).toContain('[纠错]');
    expect(JSON.stringify(draft.parts)).not.toContain('纠错');
  });

  it('001 (海安 2023): measures placed by position, leadership before shortcomings, no plans, image names dropped', () => {
    const draft = sample('001');
    expect(draft).toMatchObject({ organization: '海安市教育体育局', year: 2023 });
    expect(keys(draft)).toEqual(['measures', 'leadership', 'shortcomings']);
    expect(draft.parts.find((part) => part.key === 'measures')!.confidence).toBe('low');
    expect(draft.junk.map((item) => item.text)).toEqual(expect.arrayContaining(['1.png', '2.png']));
  });

  it('002 (胡杨河 2022): the title over two lines joined, both 一、 and 二、 in the measures, plans from 六、下一步工作思路', () => {
    const draft = sample('002');
    expect(draft).toMatchObject({
      title: '第七师胡杨河市教育局2022年法治政府建设工作报告',
      year: 2022,
      organization: '第七师胡杨河市教育局',
    });
    expect(keys(draft)).toEqual(['measures', 'plans']);
    expect(headings(draft, 'measures')).toContain('2:履行法治政府建设职责情况');
    expect(headings(draft, 'measures')).toContain('3:推行执法全过程记录制度。');
    expect(draft.parts.find((part) => part.key === 'plans')!.heading).toBe('六、下一步工作思路');
    expect(draft.junk).toEqual([expect.objectContaining({ text: '[bookmark: _GoBack]' })]);
  });

  it('003 (呼兰 2023): addressee 区政府, the four parts in order, no date', () => {
    const draft = sample('003');
    expect(draft).toMatchObject({ addressee: '区政府', year: 2023, date: null, dateText: '' });
    expect(keys(draft)).toEqual(['measures', 'shortcomings', 'leadership', 'plans']);
  });

  it('004 (山阳 2024): the title joined, measures of （一）…（三） and the unnumbered heading, shortcomings, no leadership', () => {
    const draft = sample('004');
    expect(draft).toMatchObject({ title: '山阳区教育局2024年度法治政府建设工作报告', year: 2024 });
    expect(keys(draft)).toEqual(['measures', 'shortcomings']);
    const measures = headings(draft, 'measures');
    expect(measures).toHaveLength(4);
    expect(measures[3]).toBe('2:持续推进群众身边不正之风和腐败问题集中整治工作，营造风清气正教育生态');
  });

  it('points every block back at its source line and loses no line', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const draft = ImportDraft.parse(sample(prefix));
      const used = new Set(draft.parts.flatMap((part) => part.blocks.map((block) => block.line)));
      for (const block of draft.parts.flatMap((part) => part.blocks)) {
        const text =
          block.kind === 'paragraph'
            ? `${block.lead?.text ?? ''}${block.text}`
            : block.kind === 'heading'
              ? block.text
              : '';
        expect(draft.lines[block.line!]).toContain(text.slice(0, 10));
      }
      // Every other line is the title, the addressee, a part heading or the closing block.
      const junk = new Set(draft.junk.map((item) => item.line));
      const known = new Set([
        draft.addressee,
        draft.signature,
        draft.dateText,
        ...draft.parts.map((part) => part.heading),
      ]);
      const lost = draft.lines.filter(
        (line, index) =>
          !used.has(index) && !junk.has(index) && !known.has(line.replace(/[：:]$/, '')) && !draft.title.includes(line),
      );
      expect(lost, prefix).toEqual([]);
    }
  });
});

describe('importReport', () => {
  const report = (...body: string[]) =>
    ['某县教育局关于2024年度', '法治政府建设情况的报告', '县委、县政府：', '现将有关情况报告如下：', ...body].join(
      '\n',
    );

  it('reads the closing block: signature and a date in Arabic or Chinese numerals', () => {
    expect(importReport(report('一、主要举措和成效', '做了工作。', '某县教育局', '2025年1月7日'))).toMatchObject({
      signature: '某县教育局',
      date: '2025-01-07',
    });
    expect(importReport(report('一、主要举措和成效', '做了工作。', '某县教育局', '二〇二五年一月七日')).date).toBe(
      '2025-01-07',
    );
  });

  it('keeps a section whose heading names no part as 未归类, with its content', () => {
    const draft = importReport(report('一、主要举措和成效', '做了工作。', '五、附件说明', '附表一份。'));
    expect(draft.parts.at(-1)).toMatchObject({
      key: 'unassigned',
      heading: '五、附件说明',
      confidence: 'low',
      blocks: [expect.objectContaining({ text: '附表一份。' })],
    });
  });

  it('marks a part found only by weak wording or by position as uncertain', () => {
    const draft = importReport(report('（一）加强组织领导', '做了工作。', '二、下年工作思路', '继续努力。'));
    expect(draft.parts.map((part) => `${part.key}:${part.confidence}`)).toEqual([
      'preface:high',
      'measures:low',
      'plans:low',
    ]);
  });

  it('takes the organization from the signature when the title does not begin with it', () => {
    const draft = importReport(
      ['2024年度法治政府建设情况报告', '一、主要举措和成效', '做了工作。', '某县教育体育局', '2025年2月1日'].join('\n'),
    );
    expect(draft).toMatchObject({ organization: '某县教育体育局', year: 2024 });
  });

  it('keeps 资金来源：… and a numbered heading that merely mentions 信息报送', () => {
    const draft = importReport(
      report('一、主要举措和成效', '（一）规范信息报送', '经费来源：财政拨款，全年投入三百万元。'),
    );
    expect(draft.junk).toEqual([]);
    expect(draft.parts[1]!.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  });
});

describe('parseIssueDate', () => {
  it.each([
    ['2025年1月7日', '2025-01-07'],
    ['2025年01月07日', '2025-01-07'],
    ['二〇二五年一月七日', '2025-01-07'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['2024年1223', null],
    ['2025年2月30日', null],
    ['2025年13月1日', null],
    ['', null],
  ])('%s → %s', (written, iso) => expect(parseIssueDate(written)).toBe(iso));
});
