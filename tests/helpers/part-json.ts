import { draftBlocksToJson } from '../../shared/report/draft-blocks-to-json';
import type { DraftBlock } from '../../shared/report/part-content';

/** A block of a test report, written short: a paragraph's text, or a heading, lead sentence or table. */
type Piece =
  | string
  | { heading: 2 | 3 | 4; text: string }
  | { lead: 2 | 3 | 4; text: string; body: string }
  | { table: string[][] };

const blockOf = (piece: Piece): DraftBlock => {
  if (typeof piece === 'string') return { kind: 'paragraph', lead: null, text: piece };
  if ('heading' in piece) return { kind: 'heading', level: piece.heading, text: piece.text };
  if ('lead' in piece) return { kind: 'paragraph', lead: { level: piece.lead, text: piece.text }, text: piece.body };
  return { kind: 'table', rows: piece.table };
};

/** Editor JSON as our Lexical nodes serialize it, for tests of the shared model. */
export function partJson(...pieces: Piece[]): string {
  return draftBlocksToJson(pieces.map(blockOf));
}
