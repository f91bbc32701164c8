/** The two copies of a report: 报送版 for the county, 公开版 for the public. */
export const COPIES = ['submission', 'public'] as const;
export type ExportCopy = (typeof COPIES)[number];

export const COPY_LABELS: Record<ExportCopy, string> = { submission: '报送版', public: '公开版' };

/**
 * The file name offered in the save dialog says which copy and which state it is, so a draft and
 * the final copy never share a name: 《…的报告》（报送版·讨论稿）.docx, 《…的报告》（公开版）.docx.
 */
export function exportFileName(title: string, copy: ExportCopy, draftMark?: string, extension = 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '法治政府建设情况报告';
  return `《${safe}》（${COPY_LABELS[copy]}${draftMark ? `·${draftMark}` : ''}）.${extension}`;
}
