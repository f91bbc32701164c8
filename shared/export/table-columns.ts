import { textWidth } from './text-width';

/** Word's default cell padding, 108 twips each side. */
export const CELL_PADDING = 108;
/** No column narrower than three characters plus padding, so a short header still reads on one line. */
const MIN_CHARACTERS = 3;

/**
 * Column widths in twips that add up to `total`: each column gets its widest cell's share (capped
 * at half a line, so one long cell does not starve the rest), never less than three characters.
 * The DOCX writes these as a fixed layout and the page preview lays its cells out with the same.
 */
export function tableColumnWidths(rows: readonly (readonly string[])[], total: number, character: number): number[] {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const wanted = Array.from({ length: columns }, (_, column) =>
    Math.min(14, Math.max(MIN_CHARACTERS, ...rows.map((row) => textWidth(row[column] ?? '')))),
  );
  const minimum = MIN_CHARACTERS * character + 2 * CELL_PADDING;
  const sum = wanted.reduce((a, b) => a + b, 0);
  const widths = wanted.map((width) => Math.max(minimum, Math.floor((width / sum) * total)));
  // Rounding and the minimum may leave the sum off: the widest column takes the difference.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
