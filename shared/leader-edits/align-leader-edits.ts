import { diffArrays } from 'diff';
import { formatIssueDate } from '../report/format-issue-date';
import { partNumbers } from '../report/heading-numbers';
import { parseIssueDate } from '../report/parse-issue-date';
import { partBlocks } from '../report/part-content';
import type { Report } from '../report/report';
import { parseTypedNumber } from '../report/typed-number';
import type { DiffSegment, LeaderEditRow, LeaderEditTarget } from './leader-edits-proposal';
import type { EditedComment, EditedParagraph } from './read-document-xml';

/** A paragraph of the report as the export puts it on the page, with where it lives. */
interface ReportLine {
  target: LeaderEditTarget;
  /** As printed: headings with their computed numbers, the addressee with its colon. */
  text: string;
  table: boolean;
}

/** The report's paragraphs in the order exportDocumentFromReport lays them out, empty ones left out. */
export function reportLines(report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>) {
  const lines: ReportLine[] = [{ target: { kind: 'title' }, text: report.title, table: false }];
  if (report.addressee)
    lines.push({ target: { kind: 'addressee' }, text: `${report.addressee.replace(/[：:]$/, '')}：`, table: false });
  const parts = report.parts
    .map((part) => ({ part, blocks: partBlocks(part.contentJson) }))
    .filter(
      ({ part, blocks }) =>
        part.key !== 'other' || blocks.some((block) => block.kind !== 'paragraph' || block.lead || block.text.trim()),
    );
  const numbers = partNumbers(parts.map(({ part }) => part.key));
  parts.forEach(({ part, blocks }, partIndex) => {
    if (part.key !== 'preface')
      lines.push({
        target: { kind: 'part-heading', partKey: part.key },
        text: `${numbers[partIndex]}${part.heading}`,
        table: false,
      });
    blocks.forEach((block, index) => {
      const target = { kind: 'block' as const, partKey: part.key, index };
      if (block.kind === 'heading') lines.push({ target, text: `${block.number}${block.text}`, table: false });
      else if (block.kind === 'table')
        lines.push({ target, text: block.rows.map((row) => row.join('\t')).join('\n'), table: true });
      else if (block.lead || block.text.trim())
        lines.push({
          target,
          text: block.lead ? `${block.lead.number}${block.lead.text}${block.text}` : block.text,
          table: false,
        });
    });
  });
  if (report.signature) lines.push({ target: { kind: 'signature' }, text: report.signature, table: false });
  if (report.issuedOn) lines.push({ target: { kind: 'date' }, text: formatIssueDate(report.issuedOn), table: false });
  return lines;
}

/** What two paragraphs are compared on: no spacing, and no heading number (the report computes those). */
export function comparable(text: string): string {
  const squeezed = text.replace(/\s+/g, '');
  const number = parseTypedNumber(squeezed);
  return number ? squeezed.slice(number.raw.length) : squeezed;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let at = 0; at < text.length - 1; at++) {
    const pair = text.slice(at, at + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient on character pairs: 1 for the same text, near 0 for unrelated ones. */
function similarity(a: string, b: string, pairsA: Map<string, number>, pairsB: Map<string, number>): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  let shared = 0;
  for (const [pair, count] of pairsA) shared += Math.min(count, pairsB.get(pair) ?? 0);
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1);
  return (2 * shared) / total;
}

/** Below this, a report paragraph and a file paragraph are a deletion and an insertion, not one edit. */
const SAME_PARAGRAPH = 0.4;

/**
 * Pairs a stretch of the report's paragraphs with the file's, in order, maximising how alike the
 * pairs are (a weighted longest common subsequence): an untracked edit still pairs with its paragraph.
 */
function alignGap(left: readonly string[], right: readonly string[]): [number | null, number | null][] {
  const leftPairs = left.map(bigrams);
  const rightPairs = right.map(bigrams);
  const score = (i: number, j: number) => {
    const value = similarity(left[i]!, right[j]!, leftPairs[i]!, rightPairs[j]!);
    return value >= SAME_PARAGRAPH ? value : -1;
  };
  const rows = left.length + 1;
  const columns = right.length + 1;
  const best = new Float64Array(rows * columns);
  const pairScore = new Float64Array(rows * columns);
  for (let i = left.length - 1; i >= 0; i--)
    for (let j = right.length - 1; j >= 0; j--) {
      const pair = score(i, j);
      pairScore[i * columns + j] = pair;
      best[i * columns + j] = Math.max(
        best[(i + 1) * columns + j]!,
        best[i * columns + j + 1]!,
        pair > 0 ? pair + best[(i + 1) * columns + j + 1]! : -Infinity,
      );
    }
  const path: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const here = best[i * columns + j]!;
    const pair = i < left.length && j < right.length ? pairScore[i * columns + j]! : -1;
    if (pair > 0 && here === pair + best[(i + 1) * columns + j + 1]!) path.push([i++, j++]);
    else if (i < left.length && (j === right.length || here === best[(i + 1) * columns + j]!)) path.push([i++, null]);
    else path.push([null, j++]);
  }
  return path;
}

/** Past this many pairs to weigh, a stretch is taken as paragraphs removed and others added. */
const MAX_GAP_PAIRS = 250_000;

/**
 * Pairs the report's paragraphs with the file's: the same paragraphs by a plain diff first, and
 * only the stretches between them weighed pair by pair, so a long report with a few edits stays quick.
 */
function alignIndexes(left: readonly string[], right: readonly string[]): [number | null, number | null][] {
  const path: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  let gapLeft = 0;
  let gapRight = 0;
  const flush = () => {
    const lefts = left.slice(i, i + gapLeft);
    const rights = right.slice(j, j + gapRight);
    const gap =
      lefts.length * rights.length > MAX_GAP_PAIRS
        ? [...lefts.map((_, k): [number, null] => [k, null]), ...rights.map((_, k): [null, number] => [null, k])]
        : alignGap(lefts, rights);
    for (const [a, b] of gap) path.push([a === null ? null : i + a, b === null ? null : j + b]);
    i += gapLeft;
    j += gapRight;
    gapLeft = gapRight = 0;
  };
  // An empty paragraph (one the leader added with 修订 on) is the same as nothing.
  const keys = (texts: readonly string[], side: string) => texts.map((text, k) => text || `\u0000${side}${k}`);
  for (const part of diffArrays(keys(left, 'L'), keys(right, 'R'))) {
    if (part.removed) gapLeft += part.count;
    else if (part.added) gapRight += part.count;
    else {
      flush();
      for (let k = 0; k < part.count; k++) path.push([i++, j++]);
    }
  }
  flush();
  return path;
}

/** Sentences end at 。！？； (and a line break), their punctuation kept. */
function sentences(text: string): string[] {
  return text.match(/[^。！？；\n]*(?:[。！？；\n]+|$)/g)?.filter(Boolean) ?? [];
}

/** The two sides of a changed paragraph, sentence by sentence: the sentences that differ are `changed`. */
export function sentenceDiff(before: string, after: string): { before: DiffSegment[]; after: DiffSegment[] } {
  const result = { before: [] as DiffSegment[], after: [] as DiffSegment[] };
  for (const part of diffArrays(sentences(before), sentences(after))) {
    const text = part.value.join('');
    if (!part.added) result.before.push({ text, changed: !!part.removed });
    if (!part.removed) result.after.push({ text, changed: !!part.added });
  }
  return result;
}

const same = (text: string): DiffSegment[] => [{ text, changed: false }];

/**
 * How many of the file's first lines are the title, which the export splits over up to four lines:
 * those before the first empty line, or else as many as together still begin the report's title.
 */
function titleLineCount(paragraphs: readonly EditedParagraph[], reportTitle: string): number {
  const blank = paragraphs.findIndex((paragraph) => !paragraph.original.trim() && !paragraph.edited.trim());
  if (blank > 0 && blank <= 4) return blank;
  const title = comparable(reportTitle);
  let joined = comparable(paragraphs[0]?.original ?? '');
  let count = 1;
  while (count < Math.min(4, paragraphs.length)) {
    const next = joined + comparable(paragraphs[count]!.original);
    if (next === joined || !title.startsWith(next)) break;
    joined = next;
    count++;
  }
  return count;
}

/** The file's paragraphs that carry text, the title lines joined into one (the closing's blank lines go). */
function fileLines(paragraphs: readonly EditedParagraph[], reportTitle: string): EditedParagraph[] {
  const titleLines = paragraphs.slice(0, titleLineCount(paragraphs, reportTitle));
  const title: EditedParagraph = {
    original: titleLines.map((line) => line.original).join(''),
    edited: titleLines.map((line) => line.edited).join(''),
    hidden: titleLines.flatMap((line) => line.hidden),
    authors: [...new Set(titleLines.flatMap((line) => line.authors))],
    tracked: titleLines.some((line) => line.tracked),
    commentIds: titleLines.flatMap((line) => line.commentIds),
    inTable: false,
  };
  const rest = paragraphs
    .slice(titleLines.length)
    .filter((paragraph) => paragraph.original.trim() || paragraph.edited.trim());
  // A table's cells are one line of the table, as the report keeps it.
  const merged: EditedParagraph[] = [];
  for (const paragraph of rest) {
    const last = merged.at(-1);
    if (paragraph.inTable && last?.inTable) {
      last.original += `\t${paragraph.original}`;
      last.edited += `\t${paragraph.edited}`;
      last.tracked ||= paragraph.tracked;
      last.commentIds.push(...paragraph.commentIds);
      last.hidden.push(...paragraph.hidden);
    } else merged.push({ ...paragraph, commentIds: [...paragraph.commentIds], hidden: [...paragraph.hidden] });
  }
  return [title, ...merged];
}

/** The file's title and signature as sent out, before the leader's changes: what says whose report it is. */
export function fileTitleAndSignature(
  paragraphs: readonly EditedParagraph[],
  reportTitle: string,
): { title: string; signature: string } {
  const [title, ...rest] = fileLines(paragraphs, reportTitle).map((paragraph) => paragraph.original.trim());
  const written = rest.filter(Boolean);
  const last = written.at(-1) ?? '';
  return { title: title ?? '', signature: (parseIssueDate(last) ? written.at(-2) : last) ?? '' };
}

/** Said of a change the file does not show as one: the leader set the report's words hidden. */
export const SET_HIDDEN = '在修改稿中被设为隐藏';

/** Whether some of the report line's words are among the paragraph's hidden pieces. */
function hidesReportText(line: ReportLine, paragraph: EditedParagraph | undefined): boolean {
  const text = comparable(line.text);
  return !!paragraph?.hidden.some((piece) => {
    const words = comparable(piece);
    return words !== '' && text.includes(words);
  });
}

const NOT_TAKEABLE: Partial<Record<LeaderEditTarget['kind'], string>> = {
  'part-heading': '各部分的标题按提纲固定，这处修改请对照修改稿自行处理。',
};

/**
 * The leader's file against the report, paragraph by paragraph: every row the two share, with
 * the rows that differ as changes to take or leave, and each comment beside its paragraph.
 */
export function alignLeaderEdits(
  report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>,
  paragraphs: readonly EditedParagraph[],
  comments: readonly EditedComment[],
): LeaderEditRow[] {
  const lines = reportLines(report);
  const file = fileLines(paragraphs, report.title);
  const path = alignIndexes(
    lines.map((line) => comparable(line.text)),
    file.map((paragraph) => comparable(paragraph.original)),
  );
  const commentsOf = (paragraph: EditedParagraph | undefined) =>
    (paragraph?.commentIds ?? []).flatMap((id) =>
      comments.filter((comment) => comment.id === id).map(({ author, text }) => ({ author, text })),
    );
  const rows: LeaderEditRow[] = [];
  let previous: LeaderEditTarget | null = null;
  for (const [left, right] of path) {
    const line = left === null ? undefined : lines[left];
    const paragraph = right === null ? undefined : file[right];
    const edited = paragraph?.edited.trim() ?? '';
    const base = { id: rows.length, comments: commentsOf(paragraph) };
    // Hidden words are gone from what the leader sees, never silently: the row says why.
    const hidden = line !== undefined && hidesReportText(line, paragraph);
    const change = (kind: 'edit' | 'insert' | 'delete', notTakeable?: string) => ({
      kind,
      tracked: paragraph?.tracked ?? false,
      authors: paragraph?.authors ?? [],
      ...(notTakeable && { notTakeable }),
      ...(hidden && { reason: SET_HIDDEN }),
    });
    if (line && paragraph && edited) {
      const unchanged = comparable(edited) === comparable(line.text);
      if (unchanged) {
        rows.push({ ...base, before: same(line.text), after: same(edited), target: line.target, change: null });
      } else {
        const diff = sentenceDiff(line.text, edited);
        const blocked =
          NOT_TAKEABLE[line.target.kind] ??
          (line.table ? '表格中的修改请对照修改稿在编辑器中修改。' : undefined) ??
          (line.target.kind === 'date' && !parseIssueDate(edited)
            ? '修改后的成文日期无法识别，请在报告信息中填写。'
            : undefined);
        rows.push({ ...base, ...diff, target: line.target, change: change('edit', blocked) });
      }
      previous = line.target;
    } else if (line) {
      const blocked =
        line.target.kind === 'block'
          ? line.table
            ? '表格请在编辑器中删除。'
            : undefined
          : '这一项不能删除，请对照修改稿自行处理。';
      rows.push({
        ...base,
        before: [{ text: line.text, changed: true }],
        after: null,
        target: line.target,
        change: change('delete', blocked),
      });
      previous = line.target;
    } else if (paragraph && edited) {
      rows.push({
        ...base,
        before: null,
        after: [{ text: edited, changed: true }],
        target: previous,
        change: change('insert', paragraph.inTable ? '表格中的修改请对照修改稿在编辑器中修改。' : undefined),
      });
    }
  }
  return rows;
}
