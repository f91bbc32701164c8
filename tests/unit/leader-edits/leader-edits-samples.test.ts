import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { hasSamples, sampleText } from '../../helpers/samples';
import { leaderEditedDocx } from '../../helpers/leader-edited-docx';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestServices, testHandlers } from '../../helpers/test-services';
import { docxParts, paragraphs } from '../../helpers/docx-xml';

const tempDir = useTempDirs();

/** A sample imported as the clerk would, then exported as 报送版. */
async function exportedSample(prefix: string) {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const router = createRouter(testHandlers(opened.services, dataDir));
  const draft = await opened.services.imports.read({ kind: 'text', text: sampleText(prefix) });
  if (!draft.ok) throw new Error(draft.error.message);
  const report = opened.services.imports.apply({ draft: draft.value });
  if (!report.ok) throw new Error(report.error.message);
  const exported = await router.invoke('export:docx', {
    reportId: report.value.id,
    edition: 'submission',
    profile: 'standard',
    boldLevel3: false,
    sealed: false,
  });
  if (!exported.ok) throw new Error(exported.error.message);
  return { ...opened, id: report.value.id, docx: readFileSync((exported.value as { path: string }).path) };
}

describe.skipIf(!hasSamples)('导入修改稿 on the real sample reports', () => {
  it.each(['000', '001', '002', '003', '004'])(
    'finds nothing to take in sample %s sent back untouched, and exactly one change after one edit',
    async (prefix) => {
      const { services, id, docx, close } = await exportedSample(prefix);
      const untouched = await services.leaderEdits.read({
        reportId: id,
        name: '修改稿.docx',
        bytesBase64: docx.toString('base64'),
      });
      if (!untouched.ok) throw new Error(untouched.error.message);
      expect(untouched.value.foreignWarning).toBeNull();
      expect(untouched.value.rows.filter((row) => row.change)).toEqual([]);

      // The longest body paragraph gets a sentence, with 修订 on.
      const body = paragraphs((await docxParts(docx))['word/document.xml']!)
        .map((paragraph) => paragraph.text)
        .reduce((longest, text) => (text.length > longest.length ? text : longest), '');
      const edited = await leaderEditedDocx(docx, { insert: [{ in: body, text: '此项工作已纳入年度考核。' }] });
      const read = await services.leaderEdits.read({
        reportId: id,
        name: '修改稿.docx',
        bytesBase64: edited.toString('base64'),
      });
      if (!read.ok) throw new Error(read.error.message);
      const changes = read.value.rows.filter((row) => row.change);
      expect(changes.map((row) => [row.change!.kind, row.after?.filter((s) => s.changed).map((s) => s.text)])).toEqual([
        ['edit', ['此项工作已纳入年度考核。']],
      ]);
      close();
    },
  );
});
