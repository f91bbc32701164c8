import { describe, expect, it } from 'vitest';
import { ImportDraft } from '../../../shared/import/import-draft';
import { importReport } from '../../../shared/import/import-report';
import { readReportText } from '../../../shared/reading/read-report-text';
import { SHAPE_EXPECTATIONS, shapeFiles, shapeText } from '../../helpers/report-shapes';

const draftOf = (file: string) => ImportDraft.parse(importReport(shapeText(file)));
const keys = (draft: ImportDraft) => draft.parts.map((part) => part.key).filter((key) => key !== 'preface');
const part = (draft: ImportDraft, key: string) => draft.parts.find((candidate) => candidate.key === key)!;
const texts = (draft: ImportDraft, key: string) =>
  part(draft, key).blocks.map((block) =>
    block.kind === 'heading'
      ? `${block.level}:${block.text}`
      : block.kind === 'paragraph'
        ? `${block.lead ? `${block.lead.level}:${block.lead.text}|` : ''}${block.text}`
        : '',
  );

describe('reports in the shapes real reports take', () => {
  it('has an expectation for every fixture', () => {
    expect(shapeFiles().sort()).toEqual(SHAPE_EXPECTATIONS.map((shape) => shape.file).sort());
  });

  describe.each(SHAPE_EXPECTATIONS)('$file', (shape) => {
    it('import: title, organization, year and every part', () => {
      const draft = draftOf(shape.file);
      expect({ title: draft.title, organization: draft.organization, year: draft.year }).toEqual({
        title: shape.title,
        organization: shape.organization,
        year: shape.year,
      });
      expect(keys(draft)).toEqual(shape.parts);
    });

    it('readReportText: the same parts and year for the checks', () => {
      const doc = readReportText(shapeText(shape.file));
      expect(doc.year).toBe(shape.year);
      expect(doc.title).toBe(shape.title);
      const seen = doc.parts.map((docPart) => docPart.key).filter((key) => key !== 'preface');
      expect([...new Set(seen)]).toEqual(shape.parts);
    });

    it('the preface and the first heading are never junk, and every block points at a line holding its text', () => {
      const draft = draftOf(shape.file);
      // Only website lines are junk: never a line of the report itself.
      const junk = draft.junk.map((item) => item.text);
      expect(junk.filter((text) => !/^(?:首页|发布时间|字号|打印)/.test(text))).toEqual([]);
      expect(draft.parts.some((draftPart) => junk.includes(draftPart.heading))).toBe(false);
      for (const block of draft.parts.flatMap((draftPart) => draftPart.blocks)) {
        if (block.kind === 'table') continue;
        const text = block.kind === 'paragraph' ? `${block.lead?.text ?? ''}${block.text}` : block.text;
        expect(draft.lines[block.line!]).toContain(text.slice(0, 8));
      }
    });
  });

  it('no title: the preface stays the preface, the first heading opens the measures', () => {
    const draft = draftOf('no-title-report-as-follows.txt');
    expect(part(draft, 'preface').blocks[0]).toMatchObject({ text: '现将我局2022年度法治政府建设工作情况报告如下：' });
    expect(part(draft, 'measures').heading).toBe('一、2022年主要工作情况');
    expect(draft).toMatchObject({ signature: '南溪区司法局', date: '2023-02-15' });
  });

  it('a web page without a title: breadcrumb, publishing line and footer set aside, the addressee found', () => {
    const draft = draftOf('held-out-web-page-no-title.txt');
    expect(draft.junk.map((item) => item.text)).toEqual([
      '首页 > 政务公开 > 法治政府建设',
      '发布时间：2024-03-05 10:21  来源：本网',
      '字号：大 中 小',
      '打印本页 关闭窗口',
    ]);
    expect(draft.addressee).toBe('各位领导');
  });

  it('thematic headings: one measures part, each heading a section in it, shown as uncertain', () => {
    const draft = draftOf('thematic-headings.txt');
    const measures = part(draft, 'measures');
    expect(measures.confidence).toBe('low');
    expect(measures.heading).toBe('一、强化组织领导，压实法治建设工作责任');
    const sections = measures.blocks.filter((block) => block.kind === 'heading' && block.level === 2);
    expect(sections.map((block) => block.kind === 'heading' && block.text)).toEqual([
      '健全制度体系，提升依法决策水平',
      '严格规范执法，维护群众环境权益',
      '深化普法宣传，营造良好法治氛围',
      '强化监督制约，规范权力运行',
      '依法化解纠纷，维护社会和谐稳定',
    ]);
    expect(part(draft, 'shortcomings').heading).toBe('七、存在的问题');
  });

  it('leadership inside another part: the reader says where it sits, the import offers to move it out', () => {
    const doc = readReportText(shapeText('plain-headings-leadership-inside.txt'));
    expect(doc.embedded).toEqual([
      {
        key: 'leadership',
        part: 1,
        paragraph: 0,
        number: '（一）',
        heading: '（一）党政主要负责人履行推进法治建设第一责任人职责情况',
        hostHeading: '一、工作开展情况',
      },
    ]);
    const draft = draftOf('plain-headings-leadership-inside.txt');
    expect(part(draft, 'measures').blocks[0]).toMatchObject({
      kind: 'heading',
      text: '党政主要负责人履行推进法治建设第一责任人职责情况',
      partOf: 'leadership',
    });
  });

  it('a heading for two parts: split where the plans begin, both uncertain', () => {
    const draft = draftOf('merged-shortcomings-plans.txt');
    expect(part(draft, 'shortcomings')).toMatchObject({ heading: '三、存在问题及下步打算', confidence: 'low' });
    expect(texts(draft, 'shortcomings')).toHaveLength(1);
    expect(part(draft, 'plans').confidence).toBe('low');
    expect(texts(draft, 'plans')[0]).toMatch(/^下一步，我镇将/);
  });

  it('a part found by a weak word or by position is never certain', () => {
    expect(part(draftOf('leadership-first-party-group.txt'), 'plans').confidence).toBe('low');
    expect(part(draftOf('annual-report-party-committee.txt'), 'plans').confidence).toBe('low');
    expect(part(draftOf('leadership-first-party-group.txt'), 'leadership').confidence).toBe('high');
  });

  it('one line: split at heading markers after a sentence end, 三是 stays, signature and date found at the end', () => {
    const draft = draftOf('one-line.txt');
    expect(draft).toMatchObject({
      addressee: '县委全面依法治县委员会办公室',
      signature: '柳江县教育局',
      date: '2024-03-29',
    });
    expect(texts(draft, 'measures')).toContainEqual(expect.stringMatching(/三是加强执法监督，开展执法案卷评查1次。$/));
    expect(texts(draft, 'plans').at(-1)).toBe('特此报告。');
    expect(texts(draftOf('two-lines.txt'), 'plans').at(-1)).toBe('特此报告。');
  });

  it('lines broken inside sentences are joined; a number split from its heading is joined to it', () => {
    const draft = draftOf('broken-lines.txt');
    expect(part(draft, 'leadership').heading).toBe('三、党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(part(draft, 'plans').heading).toBe('三、下一步工作计划');
    expect(texts(draft, 'preface')).toEqual([
      '2022年，金沙县卫生健康局在县委、县政府的正确领导下，认真贯彻落实法治政府建设实施纲要，坚持依法行政、依法执业，各项工作取得明显成效。现将有关情况报告如下：',
    ]);
    expect(texts(draft, 'measures')[0]).toBe(
      '2:加强卫生健康行政执法。|全年开展公共场所、生活饮用水、医疗机构等专项监督检查2600余户次，立案查处违法案件88件，罚没款39.6万元，执法案卷评查合格率100%。',
    );
  });

  it('headings run into their text are split from it; 专此报告 closes', () => {
    const draft = draftOf('run-in-and-long-title.txt');
    expect(part(draft, 'measures').heading).toBe('一、主要举措和成效');
    expect(texts(draft, 'measures')).toEqual(expect.arrayContaining(['2:主要举措', '2:完善制度', '2:化解劳动争议']));
    expect(texts(draft, 'measures')[0]).toMatch(/^2022年，我局在规范执法/);
    expect(texts(draft, 'plans').at(-1)).toBe('专此报告。');
  });
});

describe('what the line repairs leave alone', () => {
  const body = (...lines: string[]) =>
    ['某县教育局关于2024年度法治政府建设情况的报告', ...lines, '某县教育局', '2025年1月7日'].join('\n');

  it('an inline list with 一、二、 inside a sound paragraph is not split', () => {
    const doc = readReportText(
      body(
        '一、主要举措和成效',
        '主要做法有：一、建立学法制度；二、加强执法培训。全年培训120人次。',
        '二、存在的不足和原因',
      ),
    );
    expect(doc.parts[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '主要做法有：一、建立学法制度；二、加强执法培训。全年培训120人次。',
    ]);
  });

  it('a preface that opens with 资金来源： is the preface, not website text', () => {
    const doc = readReportText(
      ['资金来源：财政拨款。全年投入经费30万元。', '一、主要举措和成效', '做了工作。'].join('\n'),
    );
    expect(doc.outside).toEqual([]);
    expect(doc.parts[0]).toMatchObject({
      key: 'preface',
      paragraphs: [{ text: '资金来源：财政拨款。全年投入经费30万元。' }],
    });
  });

  it('a short heading line without punctuation between paragraphs is not joined to them', () => {
    const doc = readReportText(
      body(
        '一、主要举措和成效',
        '全年开展执法检查12次。',
        '加强队伍建设',
        '培训执法人员60人次。',
        '二、存在的不足和原因',
        '人手不足。',
      ),
    );
    expect(doc.parts[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '全年开展执法检查12次。',
      '加强队伍建设',
      '培训执法人员60人次。',
    ]);
  });
});
