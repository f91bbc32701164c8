import { diffArrays, diffChars } from 'diff';
import type { ExportDocument } from '../export/export-document';
import { addresseeLine } from '../export/layout-pages';
import { splitTitle } from '../export/split-title';

/** A paragraph of the DOCX that came back: its text before and after the leader's tracked changes, and comments on it. */
export interface EditedParagraph {
  before: string;
  after: string;
  comments: string[];
}

/** A piece of a changed paragraph, sentence by sentence: kept, taken out or put in by the leader. */
export interface ChangePiece {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** One proposal of the leader's, to take or leave: `at` is the report line it replaces, or goes before when added. */
export interface LeaderChange {
  id: number;
  kind: 'changed' | 'added' | 'removed' | 'comment';
  at: number;
  before: string;
  after: string;
  pieces: ChangePiece[];
  comments: string[];
}

/** The report's paragraphs as the exported DOCX has them, blank lines left out: title lines, addressee, body, table cells, closing. */
export function reportLines(doc: ExportDocument): string[] {
  return [
    ...splitTitle(doc.title),
    ...(doc.addressee ? [addresseeLine(doc.addressee)] : []),
    ...doc.blocks.flatMap((block) => {
      if (block.kind === 'table') return block.rows.flat();
      if (block.kind === 'heading') return [block.text];
      return [(block.lead?.text ?? '') + block.text];
    }),
    ...[doc.signature, doc.date].filter(Boolean),
  ];
}

/** How alike two paragraphs are, 0 to 1: the share of characters they have in common, in order. */
function similarity(a: string, b: string): number {
  const same = diffChars(a, b)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return same / Math.max(1, a.length, b.length);
}

const sentences = (text: string) => text.match(/[^。；！？]+[。；！？]*|[。；！？]+/g) ?? [];

/** Sentence by sentence, what the leader kept, took out and put in. */
export function changePieces(before: string, after: string): ChangePiece[] {
  return diffArrays(sentences(before), sentences(after)).map((part) => ({
    text: part.value.join(''),
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/**
 * Lines up the returned file with the report paragraph by paragraph and lists each difference: a
 * paragraph changed, added or taken out, and comments on paragraphs left as they were. A paragraph
 * taken out next to one put in is one changed paragraph.
 */
export function leaderChanges(report: readonly string[], edited: readonly EditedParagraph[]): LeaderChange[] {
  const after = edited.map((paragraph) => paragraph.after.trim());
  const changes: LeaderChange[] = [];
  let reportAt = 0;
  let editedAt = 0;
  const parts = diffArrays([...report], after);
  const add = (change: Omit<LeaderChange, 'id' | 'pieces'>) =>
    changes.push({ ...change, id: changes.length + 1, pieces: changePieces(change.before, change.after) });
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      // Pair each taken-out paragraph with the put-in one most like it, in order; the rest are added or removed.
      let from = 0;
      const pairs = part.value.map((line) => {
        let best = -1;
        for (let candidate = from; candidate < next.value.length; candidate++)
          if (
            similarity(line, next.value[candidate]!) >= 0.5 &&
            (best < 0 || similarity(line, next.value[candidate]!) > similarity(line, next.value[best]!))
          )
            best = candidate;
        if (best >= 0) from = best + 1;
        return best;
      });
      let added = 0;
      const addUntil = (end: number, at: number) => {
        for (; added < end; added++)
          add({
            kind: 'added',
            at,
            before: '',
            after: next.value[added]!,
            comments: edited[editedAt + added]!.comments,
          });
      };
      part.value.forEach((line, offset) => {
        const pair = pairs[offset]!;
        if (pair < 0) {
          add({ kind: 'removed', at: reportAt + offset, before: line, after: '', comments: [] });
          return;
        }
        addUntil(pair, reportAt + offset);
        add({
          kind: 'changed',
          at: reportAt + offset,
          before: line,
          after: next.value[pair]!,
          comments: edited[editedAt + pair]!.comments,
        });
        added = pair + 1;
      });
      addUntil(next.value.length, reportAt + part.value.length);
      reportAt += part.value.length;
      editedAt += next.value.length;
      index++;
    } else if (part.removed) {
      part.value.forEach((line, offset) =>
        add({ kind: 'removed', at: reportAt + offset, before: line, after: '', comments: [] }),
      );
      reportAt += part.value.length;
    } else if (part.added) {
      part.value.forEach((line, offset) =>
        add({ kind: 'added', at: reportAt, before: '', after: line, comments: edited[editedAt + offset]!.comments }),
      );
      editedAt += part.value.length;
    } else {
      part.value.forEach((line, offset) => {
        const comments = edited[editedAt + offset]!.comments;
        if (comments.length > 0) add({ kind: 'comment', at: reportAt + offset, before: line, after: line, comments });
      });
      reportAt += part.value.length;
      editedAt += part.value.length;
    }
  }
  return changes;
}

/** The report's lines with the taken changes applied; the rest stay as they were. */
export function applyLeaderChanges(
  report: readonly string[],
  changes: readonly LeaderChange[],
  taken: ReadonlySet<number>,
): string[] {
  const replaced = new Map<number, string | null>();
  const inserted = new Map<number, string[]>();
  for (const change of changes) {
    if (!taken.has(change.id) || change.kind === 'comment') continue;
    if (change.kind === 'added') inserted.set(change.at, [...(inserted.get(change.at) ?? []), change.after]);
    else replaced.set(change.at, change.kind === 'removed' ? null : change.after);
  }
  const lines: string[] = [];
  for (let at = 0; at <= report.length; at++) {
    lines.push(...(inserted.get(at) ?? []));
    if (at === report.length) break;
    const line = replaced.has(at) ? replaced.get(at) : report[at]!;
    if (line !== null && line !== undefined) lines.push(line);
  }
  return lines;
}

/**
 * Whether the file is this report: the organization and the year in its title. A file for another
 * organization or year gets a warning before anything changes.
 */
export function sameReport(reportTitle: string, editedTitle: string): { same: boolean; reason?: string } {
  const organization = (title: string) => title.split(/关于|\d{4}/)[0]!.trim();
  const year = (title: string) => /(\d{4})年/.exec(title)?.[1];
  if (organization(reportTitle) !== organization(editedTitle))
    return { same: false, reason: `这份文件的标题是“${editedTitle}”，与本报告的单位不同。请确认选对了文件。` };
  if (year(reportTitle) !== year(editedTitle))
    return {
      same: false,
      reason: `这份文件是${year(editedTitle) ?? '其他'}年度的，本报告是${year(reportTitle)}年度。请确认选对了文件。`,
    };
  return { same: true };
}
