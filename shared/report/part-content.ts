import { CARRYOVER_STATE_KEY, isCarriedOver, parseCarryoverMark } from '../carryover/carryover-mark';
import { numberHeadings, subHeadingLevel, type HeadingLevel } from './heading-numbers';

/** A heading's level and words: a standalone heading, or the lead sentence opening a paragraph. */
export interface HeadingText {
  level: HeadingLevel;
  text: string;
}

/** The one shape of a block; the layers differ only in what a heading carries and what a block is marked with. */
type BlockOf<Heading extends HeadingText, Mark = unknown> =
  | ({ kind: 'heading' } & Heading & Mark)
  | ({ kind: 'paragraph'; lead: Heading | null; text: string } & Mark)
  | { kind: 'table'; rows: string[][] };

/**
 * A block before numbering: what paste and import produce, what the editor JSON holds, and what an
 * export lays out (there the heading texts carry their numbers). The import's ImportBlock is this
 * with the source line (shared/import/import-draft.ts).
 */
export type DraftBlock = BlockOf<HeadingText>;

/**
 * A part's content as the checks see it, derived from the editor's JSON: headings carry their
 * computed numbers, and a block copied from last year may be marked as not yet updated.
 */
export type Block = BlockOf<HeadingText & { number: string }, { carriedOver?: true }>;

/** The serialized node shapes our editor writes (see renderer/editor/nodes). */
export interface SerializedNode {
  type: string;
  text?: string;
  level?: number;
  children?: SerializedNode[];
  /** NodeState that is not written flat, e.g. the carry-over mark. */
  $?: Record<string, unknown>;
}

/** A serialized node's text as the editor reads it: line breaks and tabs included, numbers not. */
export function textOf(node: SerializedNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(textOf).join('');
}

function toBlock(node: SerializedNode): DraftBlock {
  const children = node.children ?? [];
  if (node.type === 'section-heading')
    return { kind: 'heading', level: subHeadingLevel(node.level), text: textOf(node) };
  if (node.type === 'table') {
    return { kind: 'table', rows: children.map((row) => (row.children ?? []).map((cell) => textOf(cell))) };
  }
  const [first, ...rest] = children;
  if (first?.type === 'lead-sentence') {
    return {
      kind: 'paragraph',
      lead: { level: subHeadingLevel(first.level), text: textOf(first) },
      text: rest.map(textOf).join(''),
    };
  }
  return { kind: 'paragraph', lead: null, text: children.map(textOf).join('') };
}

/** Parses the editor JSON of one part; throws SyntaxError for text that is not JSON. */
export function partBlocks(contentJson: string | null): Block[] {
  return contentJson ? stateBlocks(JSON.parse(contentJson) as { root?: SerializedNode }) : [];
}

/** The blocks of an editor state already parsed (or the live editor's `toJSON()`). */
export function stateBlocks(state: { root?: SerializedNode }): Block[] {
  const nodes = state.root?.children ?? [];
  const blocks = nodes.map(toBlock);
  // Still word for word as copied from last year's report (see carryover-mark.ts).
  const carried = nodes.map(
    (node) => node.type !== 'table' && isCarriedOver(parseCarryoverMark(node.$?.[CARRYOVER_STATE_KEY]), textOf(node)),
  );
  const levels = blocks.flatMap((block) =>
    block.kind === 'heading' ? [block.level] : block.kind === 'paragraph' && block.lead ? [block.lead.level] : [],
  );
  const numbers = numberHeadings(levels);
  let next = 0;
  return blocks.map((block, index): Block => {
    const mark = carried[index] ? { carriedOver: true as const } : {};
    if (block.kind === 'heading') return { ...block, number: numbers[next++]!, ...mark };
    if (block.kind === 'paragraph' && block.lead)
      return { ...block, lead: { ...block.lead, number: numbers[next++]! }, ...mark };
    return { ...block, ...mark } as Block;
  });
}

/** A block as it reads, heading numbers included; a table's rows one a line, cells tab-separated. */
export function blockText(block: Block): string {
  if (block.kind === 'heading') return `${block.number}${block.text}`;
  if (block.kind === 'table') return block.rows.map((row) => row.join('\t')).join('\n');
  return block.lead ? `${block.lead.number}${block.lead.text}${block.text}` : block.text;
}

/** The part as plain text, one block a line, headings with their numbers. */
export function blocksPlainText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}
