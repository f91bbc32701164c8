import { expect } from 'vitest';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import type { PreviewSession } from './use-preview-session';

export const SIPING_TITLE = '四平市教育局关于2024年度法治政府建设情况的报告';

/** The library with the 四平 2024 report created through the form, back on the list. */
export async function libraryWithReport(session: PreviewSession): Promise<LibraryPage> {
  const library = new LibraryPage(session.page);
  await library.open(session.url);
  await library.createReport({ organizationName: '四平市教育局', year: 2024 });
  await new ReportPage(session.page).backToLibrary();
  await expect.poll(() => library.titles()).toEqual([SIPING_TITLE]);
  return library;
}
