import { autoSpace, measure, type Setting } from './measure-text';

/** A piece of a line in one font: a heading's lead sentence and the body text after it differ. */
export interface Span<Font extends string = string> {
  text: string;
  font: Font;
}

/**
 * The line-breaking rules LibreOffice applies to Chinese text, measured mark by mark: these
 * marks hang past the right edge rather than start a line …
 */
const HANGING = new Set('，。、；：？！,.;:?!');
/** … these may not start a line either, but take the character before them down instead … */
const NO_START = new Set('）》」』】〕〉”’)]');
/** … and these may not end a line: they move down with what they open. */
const OPENING = new Set('（《「『【〔〈“‘([');

/** A line that comes within 0.2 pt of the edge is full: LibreOffice rounds its widths to twips. */
const FIT_MARGIN = 0.2;

/**
 * Latin words and numbers break only after a hyphen; every other character is its own piece. A
 * half-width comma, point or colon right before a digit binds both sides (“治理,2023” cannot
 * break, as in Unicode's line-breaking rules), so it neither hangs nor starts a line.
 */
function pieces<Font extends string>(spans: readonly Span<Font>[]): Span<Font>[] {
  const all = spans.flatMap((span) =>
    [...span.text.matchAll(/[A-Za-z0-9][A-Za-z0-9.%/]*-?|[\s\S]/gu)].map((match) => ({
      text: match[0],
      font: span.font,
    })),
  );
  for (let index = all.length - 2; index > 0; index--) {
    const [before, infix, after] = [all[index - 1]!, all[index]!, all[index + 1]!];
    if (
      /^[,.:;]$/.test(infix.text) &&
      /^\d/.test(after.text) &&
      before.font === infix.font &&
      infix.font === after.font
    ) {
      all.splice(index - 1, 3, { text: before.text + infix.text + after.text, font: infix.font });
      index--;
    }
  }
  return all;
}

function join<Font extends string>(line: readonly Span<Font>[]): Span<Font>[] {
  const joined: Span<Font>[] = [];
  for (const piece of line) {
    const last = joined.at(-1);
    if (last && last.font === piece.font) last.text += piece.text;
    else joined.push({ ...piece });
  }
  return joined;
}

/**
 * Breaks a paragraph into lines `width` points wide (the first line `firstWidth`), with the
 * Chinese rules the word processors apply: one closing mark may hang past the edge, an opening
 * mark never ends a line, and a word or number is never split unless it is longer than a line.
 */
export function breakLines<Font extends string>(
  spans: readonly Span<Font>[],
  setting: Setting,
  width: number,
  firstWidth = width,
): Span<Font>[][] {
  const all = pieces(spans);
  const lines: Span<Font>[][] = [];
  let line: Span<Font>[] = [];
  let used = 0;
  const limit = () => (lines.length === 0 ? firstWidth : width);
  for (let index = 0; index < all.length; index++) {
    const piece = all[index]!;
    const previous = line.at(-1)?.text.at(-1);
    const pieceWidth =
      measure(piece.text, setting, previous, all[index + 1]?.text[0]) + autoSpace(previous, piece.text[0], setting);
    if (used + pieceWidth <= limit() - FIT_MARGIN || line.length === 0) {
      line.push(piece);
      used += pieceWidth;
      continue;
    }
    if (HANGING.has(piece.text)) {
      line.push(piece);
      lines.push(line);
      line = [];
      used = 0;
      continue;
    }
    // Carry an opening mark, or the character a closing mark belongs to, down to the next line.
    const carried: Span<Font>[] = [];
    while (line.length > 1 && (OPENING.has(line.at(-1)!.text) || (NO_START.has(piece.text) && carried.length === 0)))
      carried.unshift(line.pop()!);
    lines.push(line);
    line = [...carried, piece];
    used = measure(line.map((part) => part.text).join(''), setting, undefined, all[index + 1]?.text[0]);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map(join);
}
