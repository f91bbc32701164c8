import { PART_KEYS } from '../outline/part-key';
import type { ImportBlock, ImportDraft, ImportPart, ImportPartKey } from './import-draft';

/** Where a block stands in a draft: the index of its part and its index within the part. */
export interface BlockAt {
  part: number;
  block: number;
}

const ORDER: readonly ImportPartKey[] = [...PART_KEYS, 'unassigned'];

/** The blocks in source order; blocks added by hand (no line) keep their place at the end. */
function bySource(blocks: ImportBlock[]): ImportBlock[] {
  return blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => (a.block.line ?? Infinity) - (b.block.line ?? Infinity) || a.index - b.index)
    .map(({ block }) => block);
}

/** The parts with `blocks` added to the part `key`, made in outline order when the draft has none. */
function addTo(parts: ImportPart[], key: ImportPartKey, blocks: ImportBlock[]): ImportPart[] {
  const target = key === 'unassigned' ? -1 : parts.findIndex((part) => part.key === key);
  if (target >= 0)
    return parts.map((part, index) =>
      index === target ? { ...part, blocks: bySource([...part.blocks, ...blocks]) } : part,
    );
  // The clerk placed it: that is as sure as a heading that names the part.
  const made: ImportPart = { key, heading: '', confidence: 'high', blocks };
  const at = parts.findIndex((part) => ORDER.indexOf(part.key) > ORDER.indexOf(key));
  return at < 0 ? [...parts, made] : [...parts.slice(0, at), made, ...parts.slice(at)];
}

/** Parts left without blocks are dropped, except those the source had a heading for. */
const tidy = (parts: ImportPart[]) => parts.filter((part) => part.blocks.length > 0 || part.heading !== '');

/** Moves one block to another part (never lost: a part the draft lacks is made for it). */
export function moveBlock(draft: ImportDraft, at: BlockAt, to: ImportPartKey): ImportDraft {
  const block = draft.parts[at.part]?.blocks[at.block];
  if (!block || draft.parts[at.part]!.key === to) return draft;
  const without = draft.parts.map((part, index) =>
    index === at.part ? { ...part, blocks: part.blocks.filter((_, blockIndex) => blockIndex !== at.block) } : part,
  );
  return { ...draft, parts: tidy(addTo(without, to, [block])) };
}

/** Moves every block of a part to another part: a 未归类 section that is really part of the measures. */
export function movePart(draft: ImportDraft, partIndex: number, to: ImportPartKey): ImportDraft {
  const part = draft.parts[partIndex];
  if (!part || part.key === to) return draft;
  const rest = draft.parts.filter((_, index) => index !== partIndex);
  // The part's own heading line, when it had one, moves along as a second-level heading, sorted just before its first block.
  const line = part.blocks.find((block) => block.line !== null)?.line ?? null;
  const heading: ImportBlock[] = part.heading
    ? [{ kind: 'heading', level: 2, text: part.heading.replace(/^[一二三四五六七八九十]+、/, ''), line }]
    : [];
  return { ...draft, parts: tidy(addTo(rest, to, [...heading, ...part.blocks])) };
}

/** Marks a line as a heading (a level-two heading, as most unnumbered headings are) or back as body text. */
export function toggleHeading(draft: ImportDraft, at: BlockAt): ImportDraft {
  const block = draft.parts[at.part]?.blocks[at.block];
  if (!block || block.kind === 'table') return draft;
  const changed: ImportBlock =
    block.kind === 'heading'
      ? { kind: 'paragraph', lead: null, text: block.text, line: block.line }
      : {
          kind: 'heading',
          level: block.lead?.level ?? 2,
          text: `${block.lead?.text ?? ''}${block.text}`,
          line: block.line,
        };
  return {
    ...draft,
    parts: draft.parts.map((part, index) =>
      index === at.part
        ? { ...part, blocks: part.blocks.map((item, blockIndex) => (blockIndex === at.block ? changed : item)) }
        : part,
    ),
  };
}
