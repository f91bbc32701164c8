import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import type { PreviewSession } from './use-preview-session';

/** Creates the 四平 2024 report through the library form and waits until its editors are there. */
export async function openNewReport(session: PreviewSession): Promise<ReportPage> {
  const library = new LibraryPage(session.page);
  await library.open(session.url);
  await library.createReport({ organizationName: '四平市教育局', year: 2024 });
  const report = new ReportPage(session.page);
  await report.part('一、').waitFor();
  return report;
}
