/**
 * GB/T 9704 in twips (gbt9704-layout.md): A4, margins 37/35/28/26 mm, 22 lines of 579 twips. The
 * footer distance was measured in LibreOffice: 1200 puts the page number 7 mm below the type area.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  footer: 1200,
  linePitch: 579,
};
/** One character of the 28-character line: 156 mm / 28. */
export const CHARACTER = 316;
/** The type area, 22 lines of 28 characters. */
export const LINES_PER_PAGE = 22;
/** 3号 body text, set 0.25 pt tighter so 28 characters fit the 156 mm line; 2号 titles as they are. */
export const BODY_SETTING = { size: 16, spacing: -0.25 };
export const TITLE_SETTING = { size: 22, spacing: 0 };

/** Twips to points. */
export const pt = (twips: number) => twips / 20;
