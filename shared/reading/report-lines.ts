/**
 * The lines of a report copied as text, as every reader sees them: BOM removed, each line trimmed
 * of ASCII, full-width and no-break spaces, blank lines dropped. Line indices into this list are
 * how an import points back at its source.
 */
export function reportLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((line) => line !== '');
}
