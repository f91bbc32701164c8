import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToDraftBlocks } from '../../../renderer/editor/paste/html-to-draft-blocks';
import { lineToBlock, textToDraftBlocks } from '../../../shared/reading/line-to-block';

const { DOMParser } = new JSDOM('').window;
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'paste', name), 'utf8');

describe('pasted lines', () => {
  it.each([
    ['（三）推进依法行政', { kind: 'heading', level: 2, text: '推进依法行政' }],
    ['(三) 推进依法行政', { kind: 'heading', level: 2, text: '推进依法行政' }],
    ['3、加强执法监督', { kind: 'heading', level: 3, text: '加强执法监督' }],
    ['3. 加强执法监督', { kind: 'heading', level: 3, text: '加强执法监督' }],
    ['3．加强执法监督', { kind: 'heading', level: 3, text: '加强执法监督' }],
    ['（3）规范执法程序', { kind: 'heading', level: 4, text: '规范执法程序' }],
    ['(12)规范执法程序', { kind: 'heading', level: 4, text: '规范执法程序' }],
  ])('makes %s a heading at its level', (line, block) => {
    expect(lineToBlock(line)).toEqual(block);
  });

  it('makes the first sentence a lead heading when the body follows on the same line', () => {
    expect(lineToBlock('（一）强化组织领导。全年召开专题会议4次。')).toEqual({
      kind: 'paragraph',
      lead: { level: 2, text: '强化组织领导。' },
      text: '全年召开专题会议4次。',
    });
  });

  it('makes a numbered line of one whole sentence with content a lead heading, full stop kept', () => {
    expect(lineToBlock('3、加强教师法治培训，培训教师1200人次。')).toEqual({
      kind: 'paragraph',
      lead: { level: 3, text: '加强教师法治培训，培训教师1200人次。' },
      text: '',
    });
    // A bare heading wrongly closed with 。 is still a heading.
    expect(lineToBlock('（二）严格规范执法。')).toEqual({ kind: 'heading', level: 2, text: '严格规范执法。' });
  });

  it.each([
    '一、主要举措和成效',
    '2024.3完成整改',
    '1.5万名学生参加宪法晨读。',
    '全年办理复议案件3件。',
    `（一）${'很长的一句没有句号的话'.repeat(8)}`,
  ])('leaves %s as a paragraph with its text untouched', (line) => {
    expect(lineToBlock(line)).toEqual({ kind: 'paragraph', lead: null, text: line });
  });

  it('reads plain text one paragraph a line, skipping blank lines', () => {
    expect(textToDraftBlocks('（一）学法\r\n\r\n全年学法6次。\n')).toEqual([
      { kind: 'heading', level: 2, text: '学法' },
      { kind: 'paragraph', lead: null, text: '全年学法6次。' },
    ]);
  });
});

describe('pasted HTML', () => {
  it('cleans Word HTML to our blocks: no styles, no o:p, no empty lines, headings detected', () => {
    expect(htmlToDraftBlocks(fixture('word.html'), parseHtml).blocks).toEqual([
      { kind: 'heading', level: 2, text: '完善制度建设' },
      {
        kind: 'paragraph',
        lead: { level: 3, text: '强化审查把关。' },
        text: '全年审查各类文件18件，提出修改意见26条。',
      },
      { kind: 'paragraph', lead: null, text: '统筹推进各项制度的立改废释工作，确保制度之间衔接一致。' },
    ]);
  });

  it('cleans WPS HTML, joining runs and keeping tables as tables', () => {
    expect(htmlToDraftBlocks(fixture('wps.html'), parseHtml).blocks).toEqual([
      { kind: 'paragraph', lead: { level: 3, text: '加强执法监督。' }, text: '开展执法案卷评查一次，评查案卷12卷。' },
      { kind: 'heading', level: 4, text: '规范执法程序' },
      {
        kind: 'table',
        rows: [
          ['项目', '数量'],
          ['行政处罚案件', '7'],
        ],
      },
    ]);
  });

  it('cleans a web page: scripts and images dropped, line breaks and list items kept apart', () => {
    expect(htmlToDraftBlocks(fixture('web.html'), parseHtml).blocks).toEqual([
      { kind: 'heading', level: 2, text: '推进严格规范公正文明执法' },
      {
        kind: 'paragraph',
        lead: null,
        text: '全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。',
      },
      { kind: 'paragraph', lead: null, text: '持证执法人员达到52名。' },
      { kind: 'paragraph', lead: null, text: '开展专项检查' },
      { kind: 'paragraph', lead: null, text: '2024.3完成整改' },
    ]);
  });
});

describe('hidden text in pasted HTML', () => {
  const paste = (html: string) => htmlToDraftBlocks(html, parseHtml);
  const texts = (html: string) =>
    paste(html).blocks.map((block) =>
      block.kind === 'table' ? block.rows : block.kind === 'paragraph' ? block.text : '',
    );

  it.each([
    ['display:none', '<span style="display:none">内部口径</span>'],
    ['visibility:hidden', '<span style="color:red; visibility: hidden">内部口径</span>'],
    ["Word's mso-hide:all", "<span style='mso-hide:all'>内部口径</span>"],
    ['font-size:0', '<span style="font-size:0">内部口径</span>'],
    ['font-size:0px', '<span style="font-size: 0px;">内部口径</span>'],
    ['font-size:0pt', '<span style="FONT-SIZE:0pt !important">内部口径</span>'],
    ['font-size:0.0em', '<span style="font-size:0.0em">内部口径</span>'],
    ['the hidden attribute', '<span hidden>内部口径</span>'],
  ])('leaves out text hidden by %s, and counts it', (_how, hidden) => {
    expect(paste(`<p>全年培训干部三百人次。${hidden}</p>`)).toEqual({
      blocks: [{ kind: 'paragraph', lead: null, text: '全年培训干部三百人次。' }],
      hidden: 1,
    });
  });

  it('keeps small but visible text, and counts no empty hidden element', () => {
    expect(
      paste(
        '<p><span style="font-size:0.5pt">小字</span><span style="font-size:10px">正常</span>' +
          '<span style="display:none"> </span><a name="_Toc1" style="mso-hide:all"></a></p>',
      ),
    ).toEqual({ blocks: [{ kind: 'paragraph', lead: null, text: '小字正常' }], hidden: 0 });
  });

  it('counts each hidden piece once, whole hidden paragraphs and table cells included', () => {
    const html =
      '<div style="display:none"><p>起草说明第一段</p><p><span style="mso-hide:all">嵌套的</span></p></div>' +
      '<p>公开的一段。</p><p hidden>整段隐藏</p>' +
      '<table><tr><td>项目</td><td>数量<span style="display:none">（未核实）</span></td></tr>' +
      '<tr style="visibility:hidden"><td>内部行</td><td>9</td></tr><tr><td>案件</td><td>3</td></tr></table>';
    expect(texts(html)).toEqual([
      '公开的一段。',
      [
        ['项目', '数量'],
        ['案件', '3'],
      ],
    ]);
    expect(paste(html).hidden).toBe(4);
  });
});
