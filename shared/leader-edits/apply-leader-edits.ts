import type { PartKey } from '../outline/part-key';
import { parseIssueDate } from '../report/parse-issue-date';
import { blocksPlainText, partBlocks, textOf, type SerializedNode } from '../report/part-content';
import type { Report, ReportHeader } from '../report/report';
import { parseTypedNumber } from '../report/typed-number';
import type { LeaderEditRow, LeaderEditTarget } from './leader-edits-proposal';

/** What taking the chosen changes makes of the report: its header and the parts that changed. */
export interface LeaderEditsResult {
  header: ReportHeader;
  parts: { key: PartKey; contentJson: string; plainText: string }[];
}

const afterText = (row: LeaderEditRow) =>
  (row.after ?? [])
    .map((segment) => segment.text)
    .join('')
    .trim();

/** A text node like the first one the node holds, so its formatting carries over to the new wording. */
function textLike(node: SerializedNode, text: string): SerializedNode {
  const first = (node.children ?? []).find((child) => child.type === 'text');
  return {
    type: 'text',
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    version: 1,
    ...first,
    text,
  } as SerializedNode;
}

function withoutNumber(text: string): string {
  const number = parseTypedNumber(text);
  return number ? text.slice(number.raw.length) : text;
}

/** The block with the leader's wording; its kind, level and carry-over mark stay. */
function editedNode(node: SerializedNode, text: string): SerializedNode {
  if (node.type === 'section-heading') return { ...node, children: [textLike(node, withoutNumber(text))] };
  const [first, ...rest] = node.children ?? [];
  if (first?.type !== 'lead-sentence') return { ...node, children: text ? [textLike(node, text)] : [] };
  const words = withoutNumber(text);
  const lead = textOf(first);
  const body = rest.map(textOf).join('');
  let split: number;
  if (words.startsWith(lead)) split = lead.length;
  else if (body && words.endsWith(body)) split = words.length - body.length;
  else split = words.indexOf('。') + 1 || words.length;
  const bodyNode = rest.find((child) => child.type === 'text') ?? textLike(first, '');
  return {
    ...node,
    children: [
      { ...first, children: [textLike(first, words.slice(0, split))] },
      ...(split < words.length ? [{ ...bodyNode, text: words.slice(split) }] : []),
    ],
  };
}

const newParagraph = (text: string): SerializedNode =>
  ({
    type: 'paragraph',
    children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  }) as unknown as SerializedNode;

/** Where an added paragraph goes: after the block it follows, or at the start of the part. */
function placeOf(target: LeaderEditTarget | null, report: Pick<Report, 'parts'>, lastBlock: LeaderEditTarget | null) {
  if (target?.kind === 'block') return { partKey: target.partKey, after: target.index };
  if (target?.kind === 'part-heading') return { partKey: target.partKey, after: -1 };
  if ((target?.kind === 'signature' || target?.kind === 'date') && lastBlock) return placeOf(lastBlock, report, null);
  return { partKey: report.parts[0]!.key, after: -1 };
}

/**
 * Applies the chosen rows to the report: only the text of changed blocks changes, added
 * paragraphs become body paragraphs after the block they follow, deleted blocks go. Part order,
 * heading levels (so the computed numbers) and the unchanged blocks' carry-over marks are kept.
 */
export function applyLeaderEdits(
  report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>,
  rows: readonly LeaderEditRow[],
  chosen: ReadonlySet<number>,
): LeaderEditsResult {
  const header: ReportHeader = {
    title: report.title,
    addressee: report.addressee,
    signature: report.signature,
    issuedOn: report.issuedOn,
  };
  const edits = new Map<string, string>();
  const deletions = new Set<string>();
  const insertions = new Map<string, string[]>();
  const key = (partKey: string, index: number) => `${partKey}:${index}`;
  const lastBlock =
    rows.findLast((row) => row.target?.kind === 'block' || row.target?.kind === 'part-heading')?.target ?? null;
  for (const row of rows) {
    if (!row.change || row.change.notTakeable || !chosen.has(row.id)) continue;
    const { target } = row;
    const text = afterText(row);
    if (row.change.kind === 'insert') {
      const place = placeOf(target, report, lastBlock);
      const at = key(place.partKey, place.after);
      insertions.set(at, [...(insertions.get(at) ?? []), text]);
    } else if (target?.kind === 'block') {
      if (row.change.kind === 'delete') deletions.add(key(target.partKey, target.index));
      else edits.set(key(target.partKey, target.index), text);
    } else if (target?.kind === 'title') header.title = text;
    else if (target?.kind === 'addressee') header.addressee = text.replace(/[：:]$/, '');
    else if (target?.kind === 'signature') header.signature = text;
    else if (target?.kind === 'date') header.issuedOn = parseIssueDate(text) ?? header.issuedOn;
  }
  const parts: LeaderEditsResult['parts'] = [];
  for (const part of report.parts) {
    const touched = [...edits.keys(), ...deletions, ...insertions.keys()].some((at) => at.startsWith(`${part.key}:`));
    if (!touched) continue;
    const state = (part.contentJson ? JSON.parse(part.contentJson) : { root: { type: 'root', children: [] } }) as {
      root: SerializedNode;
    };
    const nodes = state.root.children ?? [];
    const children: SerializedNode[] = [];
    for (let index = -1; index < nodes.length; index++) {
      const at = key(part.key, index);
      if (index >= 0 && !deletions.has(at)) {
        const text = edits.get(at);
        children.push(text === undefined ? nodes[index]! : editedNode(nodes[index]!, text));
      }
      children.push(...(insertions.get(at) ?? []).map(newParagraph));
    }
    const contentJson = JSON.stringify({ ...state, root: { ...state.root, children } });
    parts.push({ key: part.key, contentJson, plainText: blocksPlainText(partBlocks(contentJson)) });
  }
  return { header, parts };
}
