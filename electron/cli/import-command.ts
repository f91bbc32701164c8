import { parseArgs } from 'node:util';
import type { ImportDraft, ImportPart } from '../../shared/import/import-draft';
import { IMPORT_PART_LABELS } from '../../shared/import/import-part-labels';
import { countChars } from '../../shared/report/count-chars';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

/** 字数 of a part's blocks as they will stand in the editor (typed numbers of headings gone). */
const partChars = (part: ImportPart) =>
  part.blocks.reduce(
    (sum, block) =>
      sum +
      countChars(
        block.kind === 'table'
          ? block.rows.flat().join('')
          : `${block.kind === 'paragraph' ? (block.lead?.text ?? '') : ''}${block.text}`,
      ),
    0,
  );

/** Required parts the reader found written inside another part, which the review offers to move out. */
const embedded = (draft: ImportDraft) =>
  draft.parts.flatMap((part) =>
    part.blocks.flatMap((block) =>
      block.kind !== 'table' && block.partOf ? [{ key: block.partOf, in: part.key, heading: block.text }] : [],
    ),
  );

/** What the app would import, as the issue's JSON: no blocks, one line per part. */
const brief = (draft: ImportDraft) => ({
  title: draft.title,
  organization: draft.organization,
  year: draft.year,
  addressee: draft.addressee,
  parts: draft.parts.map((part) => ({ key: part.key, heading: part.heading, chars: partChars(part) })),
  signature: draft.signature,
  date: draft.date,
});

function summary(draft: ImportDraft): string {
  const none = '（未识别）';
  const date = draft.date ?? (draft.dateText ? `${draft.dateText}（不是有效日期）` : none);
  const parts = draft.parts.map((part) => {
    const certainty =
      part.key === 'unassigned' ? '，请在导入时指定部分' : part.confidence === 'low' ? '，按位置推断' : '';
    return `  ${IMPORT_PART_LABELS[part.key]}：${partChars(part)} 字${part.heading ? `（${part.heading}）` : ''}${certainty}\n`;
  });
  const inside = embedded(draft).map(
    (item) =>
      `  ${IMPORT_PART_LABELS[item.key]}：写在了“${IMPORT_PART_LABELS[item.in]}”的“${item.heading}”中，导入时可移出为单列部分\n`,
  );
  return [
    `标题：${draft.title || none}\n`,
    `单位：${draft.organization || none}  年度：${draft.year ?? none}  主送机关：${draft.addressee || none}\n`,
    ...parts,
    ...inside,
    `落款：${draft.signature || none}  成文日期：${date}\n`,
    draft.junk.length ? `已去掉网页和转换残留 ${draft.junk.length} 处。\n` : '',
  ].join('');
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import 文件.txt|文件.docx [--json]   识别报告的标题、各部分、落款和日期（不写入数据库）',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new CliError(`请给出一个要导入的文件。\n用法：${this.usage}`);
    // Loaded when the command runs, not when the CLI starts: no command waits for another's modules.
    const [{ readCliReport }, { checkedDraftForCli }, { importReport }] = await Promise.all([
      import('./read-cli-report'),
      import('./checked-draft-for-cli'),
      import('../../shared/import/import-report'),
    ]);
    const text = await readCliReport(file);
    const draft = checkedDraftForCli(importReport(text), file);
    io.stdout(values.json ? `${JSON.stringify(brief(draft))}\n` : summary(draft));
  },
};
