import { Document, Packer, Paragraph, TextRun } from 'docx';

/**
 * A report whose file hides words three ways Word and WPS offer: 隐藏 set on the words themselves,
 * through a character style, and through a paragraph style (based on another, as 样式 often are).
 */
export async function docxWithHiddenText(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      characterStyles: [{ id: 'Secret', name: '隐藏文字', run: { vanish: true } }],
      paragraphStyles: [
        { id: 'NoteBase', name: '批注底稿', run: { vanish: true } },
        { id: 'Note', name: '内部批注', basedOn: 'NoteBase' },
        { id: 'Shown', name: '正文显示', basedOn: 'NoteBase', run: { vanish: false } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('某县教育局关于2024年度法治政府建设情况的报告'),
          new Paragraph('一、2024年度推进法治政府建设的主要举措和成效'),
          new Paragraph({
            children: [
              new TextRun('全年开展执法检查36次。'),
              new TextRun({ text: '（内部：实际只查了5次）', vanish: true }),
              new TextRun('发现问题全部整改。'),
            ],
          }),
          new Paragraph({
            children: [new TextRun('复议案件2件。'), new TextRun({ text: '张三身份证号', style: 'Secret' })],
          }),
          new Paragraph({ style: 'Note', children: [new TextRun('此段为起草说明，不对外。')] }),
          new Paragraph({ style: 'Shown', children: [new TextRun('依法行政水平持续提升。')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
