import type { FontProfile } from '../../../shared/export/font-profiles';
import type { LineFont } from '../../../shared/export/layout-pages';

/**
 * The typeface names the document uses come first, so a PC with the official fonts previews in
 * them; then common Windows names, then open fonts (Noto CJK, AR PL UKai) as stand-ins.
 */
const STAND_INS = {
  song: ['SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  hei: ['SimHei', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'],
  kai: ['KaiTi', 'KaiTi_GB2312', '楷体', 'AR PL UKai CN', 'LXGW WenKai', 'serif'],
  fang: ['FangSong', 'FangSong_GB2312', '仿宋', 'Zhuque Fangsong (technical preview)', 'Noto Serif CJK SC', 'serif'],
};

function stack(name: string, standIns: readonly string[]): string {
  return [name, ...standIns].map((font) => (/^(serif|sans-serif)$/.test(font) ? font : `"${font}"`)).join(', ');
}

/** The CSS font of each kind of line in the preview, for the chosen font profile. */
export function previewFonts(profile: FontProfile): Record<LineFont | 'pageNumber', { fontFamily: string; fontWeight?: number }> {
  const body = stack(profile.body, STAND_INS.fang);
  return {
    // 小标宋 is a heavy Song face; the stand-in Song is set bold to look like it.
    title: { fontFamily: stack(profile.title, STAND_INS.song), fontWeight: 700 },
    heading1: { fontFamily: stack(profile.heading1, STAND_INS.hei) },
    heading2: { fontFamily: stack(profile.heading2, STAND_INS.kai) },
    body: { fontFamily: body },
    bold: { fontFamily: body, fontWeight: 700 },
    pageNumber: { fontFamily: stack(profile.pageNumber, STAND_INS.song) },
  };
}
