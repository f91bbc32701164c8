import type { CheckDocument } from '../checks/check-document';

/** Where each piece of a read report stands in its source lines; null when it is absent. */
export interface SourceMap {
  title: number[];
  addressee: number | null;
  /** Per part of the document: its heading line and one line per paragraph. */
  parts: { heading: number | null; paragraphs: (number | null)[] }[];
  signature: number | null;
  date: number | null;
  /** Lines that belong to none of the above: what readReportText set outside the report. */
  outside: number[];
}

/**
 * Finds the source line of every piece readReportText read. It keeps the order of the source and
 * takes each piece whole from one line (the title from consecutive ones), so one pass forward
 * finds them all without a second parser.
 */
export function locateSourceLines(lines: readonly string[], doc: CheckDocument): SourceMap {
  let cursor = 0;
  const used = new Set<number>();
  const take = (index: number) => {
    used.add(index);
    cursor = index + 1;
    return index;
  };
  const find = (matches: (line: string) => boolean): number | null => {
    for (let index = cursor; index < lines.length; index++) if (matches(lines[index]!)) return take(index);
    return null;
  };

  const title: number[] = [];
  for (let start = 0; doc.title && start < lines.length && title.length === 0; start++) {
    let joined = '';
    for (let end = start; end < lines.length && doc.title.startsWith(joined + lines[end]!); end++) {
      joined += lines[end]!;
      if (joined === doc.title) {
        for (let index = start; index <= end; index++) title.push(take(index));
        break;
      }
    }
  }
  const addressee = doc.addressee ? find((line) => /[：:]$/.test(line) && line.slice(0, -1) === doc.addressee) : null;
  const parts = doc.parts.map((part) => ({
    heading: part.heading ? find((line) => line === part.heading) : null,
    paragraphs: part.paragraphs.map((paragraph) => find((line) => line === paragraph.text)),
  }));
  const signature = doc.signature ? find((line) => line === doc.signature) : null;
  const date = doc.date ? find((line) => line === doc.date) : null;
  const outside = lines.flatMap((_, index) => (used.has(index) ? [] : [index]));
  return { title, addressee, parts, signature, date, outside };
}
