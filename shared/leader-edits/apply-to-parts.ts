import { partBlocks, type SerializedNode } from '../report/part-content';
import type { Report } from '../report/report';
import type { PartKey } from '../outline/part-key';
import type { LeaderChange } from './leader-changes';

/** Where a report line lives in the editor JSON: a body node of a part, or (null) the title, headings of parts, tables, closing. */
interface Place {
  key: PartKey;
  node: number;
  /** What the export writes before the node's own text: a heading's or lead sentence's number and the lead. */
  prefix: string;
  keepFirstChild: boolean;
}

const textNode = (text: string): SerializedNode =>
  ({ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }) as SerializedNode;

/**
 * The report lines (as reportLines gives them for exportDocumentFromReport) mapped to the nodes
 * they come from, in the same order and with the same blocks left out.
 */
function places(report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>, headerLines: number) {
  const lines: (Place | null)[] = Array.from({ length: headerLines }, () => null);
  const parts = report.parts
    .map((part) => ({
      part,
      blocks: partBlocks(part.contentJson)
        .map((block, node) => ({ block, node }))
        .filter(({ block }) => block.kind !== 'paragraph' || block.lead || block.text.trim()),
    }))
    .filter(({ part, blocks }) => part.key !== 'other' || blocks.length > 0);
  for (const { part, blocks } of parts) {
    if (part.key !== 'preface') lines.push(null);
    for (const { block, node } of blocks) {
      if (block.kind === 'table') lines.push(...block.rows.flat().map(() => null));
      else if (block.kind === 'heading')
        lines.push({ key: part.key, node, prefix: block.number, keepFirstChild: false });
      else if (block.lead)
        lines.push({ key: part.key, node, prefix: block.lead.number + block.lead.text, keepFirstChild: true });
      else lines.push({ key: part.key, node, prefix: '', keepFirstChild: false });
    }
  }
  return lines;
}

/**
 * The leader's taken changes written into the parts' editor JSON: node types, heading levels,
 * lead sentences and carry-over marks stay; only text changes, and new paragraphs go in where the
 * leader put them. Changes to the title, a part's own heading, a table or the closing are not
 * applied here and come back in `skipped`, for the clerk to make by hand.
 */
export function applyToParts(
  report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>,
  headerLines: number,
  changes: readonly LeaderChange[],
  taken: ReadonlySet<number>,
): { parts: Map<PartKey, string>; skipped: LeaderChange[] } {
  const at = places(report, headerLines);
  const roots = new Map<PartKey, SerializedNode[]>();
  const root = (key: PartKey) => {
    if (!roots.has(key)) {
      const json = report.parts.find((part) => part.key === key)!.contentJson;
      roots.set(
        key,
        (JSON.parse(json || '{"root":{"children":[]}}') as { root: { children: SerializedNode[] } }).root.children,
      );
    }
    return roots.get(key)!;
  };
  const skipped: LeaderChange[] = [];
  const removed = new Set<SerializedNode>();
  const inserts: { key: PartKey; after: SerializedNode | null; before: SerializedNode | null; text: string }[] = [];
  for (const change of changes) {
    if (!taken.has(change.id) || change.kind === 'comment') continue;
    if (change.kind === 'added') {
      const previous = at[change.at - 1];
      const next = at[change.at];
      const anchor = previous ?? next;
      if (!anchor) skipped.push(change);
      else
        inserts.push({
          key: anchor.key,
          after: previous ? root(previous.key)[previous.node]! : null,
          before: previous ? null : root(next!.key)[next!.node]!,
          text: change.after,
        });
      continue;
    }
    const place = at[change.at];
    if (!place || (change.kind === 'changed' && !change.after.startsWith(place.prefix))) {
      skipped.push(change);
      continue;
    }
    const node = root(place.key)[place.node]!;
    if (change.kind === 'removed') removed.add(node);
    else {
      const text = change.after.slice(place.prefix.length);
      node.children = [...(place.keepFirstChild ? node.children!.slice(0, 1) : []), textNode(text)];
    }
  }
  for (const insert of inserts) {
    const nodes = root(insert.key);
    const paragraph = {
      type: 'paragraph',
      children: [textNode(insert.text)],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      textStyle: '',
    } as unknown as SerializedNode;
    const index = insert.after ? nodes.indexOf(insert.after) + 1 : nodes.indexOf(insert.before!);
    nodes.splice(index, 0, paragraph);
  }
  const parts = new Map<PartKey, string>();
  for (const [key, nodes] of roots) {
    const json = JSON.parse(report.parts.find((part) => part.key === key)!.contentJson || '{"root":{}}') as {
      root: Record<string, unknown>;
    };
    json.root = { ...json.root, children: nodes.filter((node) => !removed.has(node)) };
    parts.set(key, JSON.stringify(json));
  }
  return { parts, skipped };
}
