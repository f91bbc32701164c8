/** The two editions of a report: 报送版 for the county, 公开版 for the public. */
export const EDITIONS = ['submission', 'public'] as const;
export type ExportEdition = (typeof EDITIONS)[number];

export const EDITION_LABELS: Record<ExportEdition, string> = { submission: '报送版', public: '公开版' };

/**
 * The file name offered in the save dialog says which edition and which state it is, so a draft
 * and the final one never share a name: 《…的报告》（报送版·讨论稿）.docx, 《…的报告》（公开版）.docx.
 */
export function exportFileName(title: string, edition: ExportEdition, draftMark?: string, extension = 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '法治政府建设情况报告';
  return `《${safe}》（${EDITION_LABELS[edition]}${draftMark ? `·${draftMark}` : ''}）.${extension}`;
}
