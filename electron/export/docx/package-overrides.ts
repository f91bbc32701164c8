import type { FontProfile } from '../../../shared/export/font-profiles';
import { CHARACTER, PAGE } from '../../../shared/export/page-geometry';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The paragraph styles the export uses; ids are the built-in ones, so Word's 导航窗格 and 目录 know them. */
export const STYLE = {
  title: 'Title',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' },
  footer: 'Footer',
  header: 'Header',
} as const;

const fonts = (eastAsia: string, latin = 'Times New Roman') =>
  `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:cs="${latin}" w:eastAsia="${eastAsia}" w:hint="eastAsia"/>`;
const lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>';
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const onGrid = `<w:spacing w:before="0" w:after="0" w:line="${PAGE.linePitch}" w:lineRule="exact"/>`;

/**
 * styles.xml of our own, replacing the library's (its blue 标题 1–6, Hyperlink, footnote styles…):
 * Normal is the body text of GB/T 9704, so a paragraph the leader types in WPS is set like the rest.
 */
export function stylesXml(profile: FontProfile, boldLevel3: boolean): string {
  const heading = (level: 1 | 2 | 3 | 4, font: string, bold: boolean) =>
    `<w:style w:type="paragraph" w:styleId="${STYLE.heading[level]}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr>${fonts(font)}${bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>'}<w:color w:val="000000"/>${size(32)}</w:rPr></w:style>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(profile.body)}${size(32)}${lang}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${onGrid}</w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:widowControl w:val="0"/>${onGrid}<w:ind w:firstLine="${2 * CHARACTER}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${fonts(profile.body)}<w:color w:val="000000"/><w:spacing w:val="-5"/>${size(32)}${lang}</w:rPr></w:style>` +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    // The title keeps the exact pitch but not the grid: LibreOffice would give each 2号 line two grid lines.
    `<w:style w:type="paragraph" w:styleId="${STYLE.title}"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    '<w:pPr><w:snapToGrid w:val="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>' +
    `<w:rPr>${fonts(profile.title)}${profile.titleBold ? '<w:b/><w:bCs/>' : ''}<w:spacing w:val="0"/>${size(44)}</w:rPr></w:style>` +
    heading(1, profile.heading1, false) +
    heading(2, profile.heading2, false) +
    heading(3, profile.body, boldLevel3) +
    heading(4, profile.body, false) +
    `<w:style w:type="paragraph" w:styleId="${STYLE.footer}"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
    '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>' +
    `<w:rPr>${fonts(profile.pageNumber, profile.pageNumber)}<w:spacing w:val="0"/>${size(28)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${STYLE.header}"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
    '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr>' +
    `<w:rPr>${fonts(profile.heading1)}<w:spacing w:val="0"/>${size(32)}</w:rPr></w:style>` +
    '</w:styles>'
  );
}

/** The fonts the document names, with the substitutes WPS and Word take where the official ones are missing. */
const FONT_TABLE: Record<string, { altName?: string; charset: string; family: string; pitch: string }> = {
  仿宋_GB2312: { altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'script', pitch: 'default' },
  仿宋: { altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable' },
};

export function fontTableXml(names: readonly string[]): string {
  const entries = names.map((name) => {
    const font = FONT_TABLE[name] ?? { charset: '86', family: 'auto', pitch: 'default' };
    return (
      `<w:font w:name="${name}">${font.altName ? `<w:altName w:val="${font.altName}"/>` : ''}` +
      `<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${entries.join('')}</w:fonts>`;
}

/**
 * A theme of our own, all black and with Times New Roman and 宋体 as its fonts: a paragraph the
 * leader adds in WPS with a theme font then looks like the rest, not like Calibri or 等线.
 */
export function themeXml(): string {
  const color = (name: string, rgb: string) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`;
  const accents = [1, 2, 3, 4, 5, 6].map((index) => color(`accent${index}`, '000000')).join('');
  const fonts =
    '<a:latin typeface="Times New Roman"/><a:ea typeface="宋体"/><a:cs typeface="Times New Roman"/><a:font script="Hans" typeface="宋体"/>';
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const three = (xml: string) => xml + xml + xml;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="公文"><a:themeElements>' +
    `<a:clrScheme name="公文">${color('dk1', '000000')}${color('lt1', 'FFFFFF')}${color('dk2', '000000')}${color('lt2', 'FFFFFF')}` +
    `${accents}${color('hlink', '000000')}${color('folHlink', '000000')}</a:clrScheme>` +
    `<a:fontScheme name="公文"><a:majorFont>${fonts}</a:majorFont><a:minorFont>${fonts}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="公文"><a:fillStyleLst>${three(fill)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="6350">${fill}</a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(fill)}</a:bgFillStyleLst></a:fmtScheme>` +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}

/**
 * The parts the docx library would write its own way, handed to its Packer so the file is zipped
 * once: our styles and font table (no embedded fonts, so no font relationships) and our theme.
 */
export function packageOverrides({
  profile,
  boldLevel3,
  fontNames,
}: {
  profile: FontProfile;
  boldLevel3: boolean;
  fontNames: readonly string[];
}): { path: string; data: string }[] {
  return [
    { path: 'word/styles.xml', data: stylesXml(profile, boldLevel3) },
    { path: 'word/fontTable.xml', data: fontTableXml(fontNames) },
    {
      path: 'word/_rels/fontTable.xml.rels',
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    },
    { path: 'word/theme/theme1.xml', data: themeXml() },
  ];
}
