import { describe, expect, it } from 'vitest';
import { readCommentsXml, readDocumentXml } from '../../../shared/leader-edits/read-document-xml';

const body = (inner: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${inner}<w:sectPr/></w:body></w:document>`;

describe('reading the leader’s document.xml', () => {
  it('reads each paragraph before and after the tracked changes, with who made them', () => {
    const [paragraph] = readDocumentXml(
      body(
        '<w:p w:rsidR="00A1"><w:pPr><w:rPr><w:ins w:id="1" w:author="张科长"/></w:rPr></w:pPr>' +
          '<w:r><w:t>依法&amp;依规</w:t></w:r>' +
          '<w:ins w:id="2" w:author="张科长"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">决策</w:t></w:r></w:ins>' +
          '<w:del w:id="3" w:author="李局长"><w:r><w:delText>办事</w:delText></w:r></w:del>' +
          '<w:moveFrom w:id="4" w:author="李局长"><w:r><w:delText>。</w:delText></w:r></w:moveFrom></w:p>',
      ),
    );
    expect(paragraph).toEqual({
      original: '依法&依规办事。',
      edited: '依法&依规决策',
      hidden: [],
      authors: ['张科长', '李局长'],
      tracked: true,
      commentIds: [],
      inTable: false,
    });
  });

  it('leaves out text boxes, field codes and formatting history, and marks table cells', () => {
    const paragraphs = readDocumentXml(
      body(
        '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r>' +
          '<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:rPr><w:rPrChange w:author="x"><w:rPr/></w:rPrChange></w:rPr><w:t>一段</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    expect(paragraphs.map(({ edited, inTable }) => [edited, inTable])).toEqual([
      ['正文一段', false],
      ['单元格', true],
    ]);
  });

  it('reads the comments with their authors', () => {
    expect(
      readCommentsXml(
        '<w:comments><w:comment w:id="7" w:author="王局长" w:date="2025-01-12T09:00:00Z"><w:p><w:r><w:t>数字请核实</w:t></w:r></w:p></w:comment></w:comments>',
      ),
    ).toEqual([{ id: '7', author: '王局长', text: '数字请核实' }]);
  });
});

describe('tracked paragraph marks', () => {
  const mark = (kind: 'ins' | 'del') =>
    `<w:pPr><w:jc w:val="both"/><w:rPr><w:${kind} w:id="9" w:author="王局长"/></w:rPr></w:pPr>`;
  const texts = (xml: string) => readDocumentXml(body(xml)).map(({ original, edited }) => [original, edited]);

  it('reads a paragraph the leader split with Enter as one before and two after', () => {
    expect(
      texts(`<w:p>${mark('ins')}<w:r><w:t>前一句。</w:t></w:r></w:p><w:p><w:r><w:t>后一句。</w:t></w:r></w:p>`),
    ).toEqual([
      ['前一句。后一句。', '前一句。'],
      ['', '后一句。'],
    ]);
  });

  it('reads two paragraphs the leader joined as two before and one after', () => {
    expect(
      texts(`<w:p>${mark('del')}<w:r><w:t>前一段。</w:t></w:r></w:p><w:p><w:r><w:t>后一段。</w:t></w:r></w:p>`),
    ).toEqual([
      ['前一段。', '前一段。后一段。'],
      ['后一段。', ''],
    ]);
  });

  it('keeps a whole paragraph added or deleted with 修订 on as it is', () => {
    expect(
      texts(
        `<w:p>${mark('ins')}<w:ins w:id="1" w:author="王局长"><w:r><w:t>新增的一段。</w:t></w:r></w:ins></w:p>` +
          `<w:p>${mark('del')}<w:del w:id="2" w:author="王局长"><w:r><w:delText>删去的一段。</w:delText></w:r></w:del></w:p>` +
          '<w:p><w:r><w:t>原有的一段。</w:t></w:r></w:p>',
      ),
    ).toEqual([
      ['', '新增的一段。'],
      ['删去的一段。', ''],
      ['原有的一段。', '原有的一段。'],
    ]);
  });
});

describe('hidden text in the leader’s document.xml', () => {
  const hiddenStyles = new Set(['Aside', 'Memo']);
  it('leaves hidden runs out of the edited text and keeps them as pieces, consecutive runs as one', () => {
    const [paragraph] = readDocumentXml(
      body(
        '<w:p><w:r><w:t>全年受理申请</w:t></w:r>' +
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（暂定</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Aside"/></w:rPr><w:tab/><w:t>数）</w:t></w:r>' +
          '<w:r><w:t>八件。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>联系人小王</w:t></w:r></w:p>',
      ),
      hiddenStyles,
    );
    expect(paragraph).toMatchObject({
      original: '全年受理申请（暂定\t数）八件。联系人小王',
      edited: '全年受理申请八件。',
      hidden: ['（暂定数）', '联系人小王'],
    });
  });

  it('reads a paragraph in a hidden style as hidden, unless a run switches vanish off', () => {
    const paragraphs = readDocumentXml(
      body(
        '<w:p><w:pPr><w:pStyle w:val="Memo"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>仅供内部参考。</w:t></w:r>' +
          '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>此句可见。</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>下一段不受影响。</w:t></w:r></w:p>',
      ),
      hiddenStyles,
    );
    expect(paragraphs.map(({ edited, hidden }) => [edited, hidden])).toEqual([
      ['此句可见。', ['仅供内部参考。']],
      ['下一段不受影响。', []],
    ]);
  });

  it('does not count hidden text the leader deleted, nor a vanish kept in the formatting history', () => {
    const [paragraph] = readDocumentXml(
      body(
        '<w:p><w:r><w:rPr><w:rPrChange w:id="5" w:author="王局长"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>已取消隐藏。</w:t></w:r>' +
          '<w:del w:id="6" w:author="王局长"><w:r><w:rPr><w:vanish/></w:rPr><w:delText>删去的隐藏字</w:delText></w:r></w:del></w:p>',
      ),
      hiddenStyles,
    );
    expect(paragraph).toMatchObject({ original: '已取消隐藏。删去的隐藏字', edited: '已取消隐藏。', hidden: [] });
  });

  it('leaves hidden text out of a comment', () => {
    expect(
      readCommentsXml(
        '<w:comments><w:comment w:id="2" w:author="李科长"><w:p><w:r><w:t>请补充数据</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（私下说明）</w:t></w:r></w:p></w:comment></w:comments>',
      ),
    ).toEqual([{ id: '2', author: '李科长', text: '请补充数据' }]);
  });
});
