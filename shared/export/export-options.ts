import { z } from 'zod';

/**
 * How a report is exported. 报送版 goes to the addressee, sealed or not; 公开版 goes on the website:
 * no addressee line and no seal, and only once every possible personal detail has been reviewed.
 */
export const ExportOptions = z.object({
  copy: z.enum(['submission', 'public']),
  profile: z.enum(['standard', 'system']),
  boldLevel3: z.boolean(),
  sealed: z.boolean(),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  copy: 'submission',
  profile: 'standard',
  boldLevel3: false,
  sealed: false,
};

export const COPY_LABELS: Record<ExportOptions['copy'], string> = { submission: '报送版', public: '公开版' };

/** The file name offered in the save dialog: the title, with the copy named for the public one. */
export function exportFileName(title: string, copy: ExportOptions['copy'], extension = 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '法治政府建设情况报告';
  return `${safe}${copy === 'public' ? '（公开版）' : ''}.${extension}`;
}
