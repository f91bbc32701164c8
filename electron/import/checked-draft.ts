import { ImportDraft } from '../../shared/import/import-draft';
import { TEXT_LIMITS } from './import-text-limits';
import { UnreadableFileError } from './unreadable-file-error';

/**
 * The draft as the window may receive it. A first line too long for a title is said as such (the
 * report probably starts without its title); any other bound with the schema's own Chinese words.
 */
export function checkedDraft(draft: ImportDraft, name: string): ImportDraft {
  if (draft.title.length > TEXT_LIMITS.titleChars) {
    throw new UnreadableFileError(
      `“${name}”开头被当作标题的文字有 ${draft.title.length} 个字，超过标题 200 字的上限，报告可能缺少标题行。` +
        '请在第一行写上报告标题（如“××局关于××××年度法治政府建设情况的报告”）后再导入。',
    );
  }
  const parsed = ImportDraft.safeParse(draft);
  if (parsed.success) return parsed.data;
  const chinese = parsed.error.issues
    .map((issue) => issue.message)
    .filter((message) => /[\u4e00-\u9fff]/.test(message));
  throw new UnreadableFileError(
    `“${name}”超出程序能导入的范围（${chinese[0] ?? '段落或表格过多'}）。请确认选对了文件，或分几次导入。`,
  );
}
