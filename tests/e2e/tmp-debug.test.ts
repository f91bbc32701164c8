import { it } from 'vitest';
import { openNewReport } from './open-new-report';
import { usePreviewSession } from './use-preview-session';
const session = usePreviewSession({ width: 1366, height: 768 });
it('debug', async () => {
  const report = await openNewReport(session);
  await report.addSubHeading('measures', '加强组织领导');
  await session.page.keyboard.type('全年召开会议4次。');
  await report.toolbarButton('插入表格').click();
  await report.waitUntilSaved();
  const cdp = await session.page.context().newCDPSession(session.page);
  for (let round = 0; round < 4; round++) {
    if (round === 2) { await session.page.reload(); await report.part('一、').locator('table').waitFor(); }
    await report.preface().click();
    await session.page.keyboard.type('甲');
    const line = report.part('一、').locator('p.editor-paragraph').first();
    const box = (await line.boundingBox())!;
    await session.page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('乙');
    console.log('ROUND', round, JSON.stringify(await report.part('一、').locator(':scope > *').allTextContents()));
  }
});
