import { PART_KEYS } from '../outline/part-key';
import type { HeadingLevel } from '../report/heading-numbers';
import { partOfHeading } from '../reading/part-of-heading';
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
  return moveBlocks(draft, [at], to);
}

/** Moves several blocks, from any parts, to one part at once; they keep their source order there. */
export function moveBlocks(draft: ImportDraft, ats: readonly BlockAt[], to: ImportPartKey): ImportDraft {
  const chosen = (part: number, block: number) =>
    draft.parts[part]!.key !== to && ats.some((at) => at.part === part && at.block === block);
  const moving = draft.parts.flatMap((part, partIndex) =>
    part.blocks.filter((_, blockIndex) => chosen(partIndex, blockIndex)),
  );
  if (moving.length === 0) return draft;
  const without = draft.parts.map((part, partIndex) => ({
    ...part,
    blocks: part.blocks.filter((_, blockIndex) => !chosen(partIndex, blockIndex)),
  }));
  return { ...draft, parts: tidy(addTo(without, to, moving)) };
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

/** The text of a block as the review shows it: a lead sentence and its paragraph are one text. */
export function blockText(block: ImportBlock): string {
  if (block.kind === 'table') return block.rows.map((row) => row.join('　')).join(' / ');
  return block.kind === 'paragraph' ? `${block.lead?.text ?? ''}${block.text}` : block.text;
}

const replaceBlocks = (draft: ImportDraft, partIndex: number, from: number, count: number, blocks: ImportBlock[]) => ({
  ...draft,
  parts: draft.parts.map((part, index) =>
    index === partIndex
      ? { ...part, blocks: [...part.blocks.slice(0, from), ...blocks, ...part.blocks.slice(from + count)] }
      : part,
  ),
});

/**
 * Splits a block at a character offset of its text, as the clerk placed the cursor: a heading run
 * into its text ("（二）完善制度建立健全……") becomes the heading and a paragraph; a paragraph becomes two.
 * Both halves point at the same source line.
 */
export function splitBlock(draft: ImportDraft, at: BlockAt, offset: number): ImportDraft {
  const block = draft.parts[at.part]?.blocks[at.block];
  if (!block || block.kind === 'table') return draft;
  const full = blockText(block);
  const [before, after] = [full.slice(0, offset).trim(), full.slice(offset).trim()];
  if (!before || !after) return draft;
  const rest: ImportBlock = { kind: 'paragraph', lead: null, text: after, line: block.line };
  const first: ImportBlock =
    block.kind === 'heading'
      ? { ...block, text: before }
      : block.lead && offset >= block.lead.text.length
        ? { ...block, text: before.slice(block.lead.text.length) }
        : { kind: 'paragraph', lead: null, text: before, line: block.line };
  return replaceBlocks(draft, at.part, at.block, 1, [first, rest]);
}

/** Joins a block with the next one in its part: a paragraph broken inside a sentence made whole again. */
export function joinWithNext(draft: ImportDraft, at: BlockAt): ImportDraft {
  const blocks = draft.parts[at.part]?.blocks ?? [];
  const [block, next] = [blocks[at.block], blocks[at.block + 1]];
  if (!block || !next || block.kind === 'table' || next.kind === 'table') return draft;
  const joined: ImportBlock = { ...block, text: block.text + blockText(next) };
  return replaceBlocks(draft, at.part, at.block, 2, [joined]);
}

/**
 * Makes a block a heading of the chosen level. Level 1 starts a part: the block and everything
 * after it in its part become a part of their own, named by the heading's words when that part is
 * not in the draft yet, else 未归类 for the clerk to place.
 */
export function setHeadingLevel(draft: ImportDraft, at: BlockAt, level: HeadingLevel): ImportDraft {
  const part = draft.parts[at.part];
  const block = part?.blocks[at.block];
  if (!part || !block || block.kind === 'table') return draft;
  const text = blockText(block);
  if (level > 1) {
    const { partOf } = block;
    const heading: ImportBlock = { kind: 'heading', level, text, line: block.line, ...(partOf && { partOf }) };
    return replaceBlocks(draft, at.part, at.block, 1, [heading]);
  }
  const named = partOfHeading(text);
  const key = named && !draft.parts.some((other) => other.key === named) ? named : 'unassigned';
  const made: ImportPart = { key, heading: text, confidence: 'low', blocks: part.blocks.slice(at.block + 1) };
  const kept = { ...part, blocks: part.blocks.slice(0, at.block) };
  return {
    ...draft,
    parts: tidy([...draft.parts.slice(0, at.part), kept, made, ...draft.parts.slice(at.part + 1)]),
  };
}

const levelOf = (block: ImportBlock): HeadingLevel | null =>
  block.kind === 'heading' ? block.level : block.kind === 'paragraph' && block.lead ? block.lead.level : null;
const lifted = (level: HeadingLevel): HeadingLevel => (level <= 3 ? 2 : 3);

/**
 * Moves a required part written inside another one (a heading the reader marked partOf) out to a
 * part of its own: the heading becomes the part's heading, and what stands under it — up to the
 * next heading of its level or higher — moves along, its own headings one level up.
 */
export function moveOutPart(draft: ImportDraft, at: BlockAt): ImportDraft {
  const part = draft.parts[at.part];
  const block = part?.blocks[at.block];
  if (!part || !block || block.kind === 'table' || !block.partOf) return draft;
  const key = block.partOf;
  if (draft.parts.some((other) => other.key === key)) return draft;
  const level = levelOf(block) ?? 2;
  let end = at.block + 1;
  while (end < part.blocks.length && (levelOf(part.blocks[end]!) ?? 99) > level) end++;
  const under = part.blocks.slice(at.block + 1, end).map((item): ImportBlock => {
    if (item.kind === 'heading') return { ...item, level: lifted(item.level) };
    if (item.kind === 'paragraph' && item.lead)
      return { ...item, lead: { ...item.lead, level: lifted(item.lead.level) } };
    return item;
  });
  const without = draft.parts.map((other, index) =>
    index === at.part ? { ...other, blocks: [...other.blocks.slice(0, at.block), ...other.blocks.slice(end)] } : other,
  );
  const parts = addTo(without, key, under).map((other) =>
    other.key === key ? { ...other, heading: blockText(block), confidence: 'high' as const } : other,
  );
  return { ...draft, parts: tidy(parts) };
}

/**
 * Adds a piece of the file's hidden text to the draft as a paragraph, as the clerk asked in the
 * review: after the paragraph it stood in, or under 未归类 when that is not found (all of it was hidden).
 */
export function includeHiddenText(draft: ImportDraft, index: number): ImportDraft {
  const piece = draft.hidden?.[index];
  if (!piece || piece.included) return draft;
  const hidden = draft.hidden!.map((entry, at) => (at === index ? { ...entry, included: true } : entry));
  const paragraph: ImportBlock = { kind: 'paragraph', lead: null, text: piece.text, line: null };
  const near = piece.near && compact(piece.near);
  for (const [partIndex, part] of draft.parts.entries()) {
    const blockIndex = near ? part.blocks.findIndex((block) => compact(blockText(block)).includes(near)) : -1;
    if (blockIndex >= 0) return { ...replaceBlocks(draft, partIndex, blockIndex + 1, 0, [paragraph]), hidden };
  }
  return { ...draft, parts: addTo(draft.parts, 'unassigned', [paragraph]), hidden };
}

const compact = (text: string) => text.replace(/\s+/g, '');
