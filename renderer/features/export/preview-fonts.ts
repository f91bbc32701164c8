import type { FontProfile } from '../../../shared/export/font-profiles';
import type { LineFont } from '../../../shared/export/layout-pages';
import './preview-fonts.css';

/**
 * The typeface names the document uses come first, so a PC with the official fonts previews in
 * them; then the common Windows names; then the open stand-ins bundled with the app
 * (resources/fonts), so every PC shows the same faces where it has neither.
 */
const STAND_INS = {
  song: ['SimSun', '宋体', 'Fazhi Preview Serif'],
  hei: ['SimHei', '黑体', 'Fazhi Preview Sans'],
  kai: ['KaiTi', '楷体', 'Fazhi Preview Kai'],
  fang: ['FangSong', '仿宋', 'Fazhi Preview Serif'],
};

/** Latin letters and digits are in Times New Roman in the document (Liberation Serif has its metrics). */
const LATIN = ['Times New Roman', 'Liberation Serif'];

function stack(name: string, standIns: readonly string[]): string {
  return [...new Set([...LATIN, name, ...standIns])].map((font) => `"${font}"`).join(', ');
}

/** The CSS font of each kind of line in the preview, for the chosen font profile. */
export function previewFonts(
  profile: FontProfile,
): Record<LineFont | 'pageNumber', { fontFamily: string; fontWeight?: number }> {
  const body = stack(profile.body, STAND_INS.fang);
  return {
    // 系统自带字体 sets 宋体 bold, as the document does; 小标宋 is heavy by itself and never made bolder.
    title: profile.titleBold
      ? { fontFamily: stack(profile.title, STAND_INS.song), fontWeight: 700 }
      : { fontFamily: stack(profile.title, ['FZXiaoBiaoSong-B05S', 'Fazhi Preview Title']) },
    heading1: { fontFamily: stack(profile.heading1, STAND_INS.hei) },
    heading2: { fontFamily: stack(profile.heading2, STAND_INS.kai) },
    body: { fontFamily: body },
    bold: { fontFamily: body, fontWeight: 700 },
    // The footer's digits are in the Song face too, not Times New Roman.
    pageNumber: { fontFamily: [profile.pageNumber, ...STAND_INS.song].map((font) => `"${font}"`).join(', ') },
  };
}
