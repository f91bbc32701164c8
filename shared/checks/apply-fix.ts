import type { CheckDocument } from './check-document';
import { partAddresses } from './doc-texts';
import type { Edit, Fix } from './finding';

/** Replaces [start, end) of one block's text: a string here, the text nodes of a block in the editors. */
export type Splice = (start: number, end: number, replacement: string) => void;

/**
 * The one applier of a block's edits, used by the editors (the checks panel's 修正) and on a
 * CheckDocument (applyFix, which the checks' tests re-check): last first, so earlier offsets stay valid.
 */
export function spliceEdits(edits: readonly Pick<Edit, 'start' | 'end' | 'replacement'>[], splice: Splice): void {
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) splice(edit.start, edit.end, edit.replacement);
}

/** Applies edits to one text. */
export function applyEdits(text: string, edits: readonly Pick<Edit, 'start' | 'end' | 'replacement'>[]): string {
  let result = text;
  spliceEdits(edits, (start, end, replacement) => (result = result.slice(0, start) + replacement + result.slice(end)));
  return result;
}

/** The document with a fix applied: every edit lands on the text it addresses. */
export function applyFix(doc: CheckDocument, fix: Fix): CheckDocument {
  const editsFor = (place: Edit['place'], paragraph: number) =>
    fix.edits.filter((edit) => edit.place === place && edit.paragraph === paragraph);
  const edit = (place: Edit['place'], paragraph: number, text: string) => applyEdits(text, editsFor(place, paragraph));
  const addresses = partAddresses(doc);
  return {
    ...doc,
    title: edit('title', 0, doc.title),
    addressee: edit('addressee', 0, doc.addressee),
    outside: doc.outside.map((text, index) => edit('outside', index, text)),
    parts: doc.parts.map((part) => {
      const { base, heading } = addresses.get(part)!;
      return {
        ...part,
        heading: edit(part.key, heading, part.heading),
        paragraphs: part.paragraphs.map((paragraph, index) => ({
          ...paragraph,
          text: edit(part.key, base + index, paragraph.text),
        })),
      };
    }),
    signature: edit('closing', 0, doc.signature),
    date: edit('closing', 1, doc.date),
  };
}
