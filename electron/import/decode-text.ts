import { fileSignature } from './file-signature';
import { UnreadableFileError } from './unreadable-file-error';

/** Control characters other than tab, line feed, form feed and carriage return never occur in a report. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Characters of everyday official Chinese in both their simplified and traditional forms: GBK
 * text decoded as GBK, and Big5 text decoded as Big5, are full of them; one decoded as the other
 * is not. That is how a Big5 file (from Taiwan or Hong Kong software) is told from GBK.
 */
const COMMON =
  '的一是不了在人有我这這中大来來上国國个個到说說们們为為和地出也时時年就要下以会會自着著去之过過家学學对對可里后後心多' +
  '天而能好都然没沒日于於起还還发發成事作当當看文无無开開用主行方如前所本见見经經面公同已从從动動两兩长長民样樣现現分将將' +
  '外但身些与與高意进進把法此实實回理点點月明其种種全工己者向情部正定问問力机機给給等很业業最间間新打位因重被走电電第门門' +
  '相次东東政口使教西再平真信北关關并並内內加化由代产產入先水万萬市体體别別处處总總场場书書比员員通目报報立张張数數件安表' +
  '原应應期常提感金何更反合做系计計或利受果界及今务務制解各任至清物象记記边邊共建度统統字请請认認论論义義科元社术術结結功' +
  '指非每管连連资資达達办辦运運必完区區求品转轉量空众眾技程告语語基派式写寫识識极極令收党黨未持取设設始版双雙历歷史商片容研' +
  '像找友站广廣改议議形委早音际際则則首单單据據导導影失网網专專若谁誰校读讀志观觀争爭究包组組造视視济濟离離虽雖兴興切府';
const COMMON_SET = new Set(COMMON);

/** The share of CJK characters that are common ones, or null when there are too few to say. */
function commonShare(text: string): number | null {
  let cjk = 0;
  let common = 0;
  for (const char of text) {
    if (char < '\u4e00' || char > '\u9fff') continue;
    cjk++;
    if (COMMON_SET.has(char)) common++;
  }
  return cjk < 20 ? null : common / cjk;
}

/** UTF-16 by its byte-order mark, or (WPS and Notepad's "Unicode" without one) by its zero bytes. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 8 || bytes.length % 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let at = 0; at < bytes.length; at += 2) {
    if (bytes[at] === 0) evenZeros++;
    if (bytes[at + 1] === 0) oddZeros++;
  }
  // Line breaks, digits and punctuation of ASCII put a zero in every such character's high byte.
  const pairs = bytes.length / 2;
  // A CJK character ending in 00 (一 is U+4E00) puts a few on the other side too.
  // Text in GBK or UTF-8 has no zero bytes at all, so a clear lean to one side is enough.
  if (oddZeros > pairs * 0.02 && oddZeros > evenZeros * 1.5) return 'utf-16le';
  if (evenZeros > pairs * 0.02 && evenZeros > oddZeros * 1.5) return 'utf-16be';
  return null;
}

/**
 * The text of a .txt report. Windows Notepad and WPS save Chinese text as GBK as often as UTF-8,
 * and as UTF-16 when "Unicode" is chosen: a byte-order mark or zero bytes say UTF-16, else UTF-8 is
 * tried strictly first, then GBK. A Big5 file is said to be one rather than shown as garbage. A
 * Word file or a picture renamed .txt is refused with a message that says what it really is.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const signature = fileSignature(bytes);
  if (signature !== 'other') {
    throw new UnreadableFileError(
      `“${name}”其实是 Word 文档，不是文本文件。请把扩展名改为 ${signature === 'zip' ? '.docx' : '.doc'}，或在 WPS、Word 中另存为 .docx 后再导入。`,
    );
  }
  const utf16 = utf16Of(bytes);
  let text: string;
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gbk').decode(bytes);
      const asGbk = commonShare(text);
      const asBig5 = commonShare(new TextDecoder('big5').decode(bytes));
      if (asGbk !== null && asBig5 !== null && asBig5 > 0.25 && asGbk < 0.1) {
        throw new UnreadableFileError(
          `“${name}”是繁体中文（Big5）编码的文本，不是 GBK 或 UTF-8，直接读取会成为乱码。` +
            '请在 WPS 或记事本中打开，另存为“UTF-8”编码的 .txt，或另存为 .docx 后再导入。',
        );
      }
    }
  }
  // A few stray control bytes survive copying; a binary file is full of them, and of bytes that
  // are neither UTF-8 nor GBK (decoded as U+FFFD).
  const strays = (text.match(CONTROL)?.length ?? 0) + (text.match(/\uFFFD/g)?.length ?? 0);
  if (text.includes('\u0000') || strays > 8 + text.length / 100) {
    throw new UnreadableFileError(
      `“${name}”不是文本文件（含有二进制内容）。请在 WPS 或 Word 中打开报告，另存为 .txt 或 .docx 后再试。`,
    );
  }
  // A vertical tab is a line break as WPS's and Word's text export mean it (Shift+Enter).
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\v/g, '\n')
    .replace(CONTROL, '');
}
