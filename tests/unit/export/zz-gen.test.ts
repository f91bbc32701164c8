import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../../../electron/export/docx/build-docx';
import { exportDocumentFromText } from '../../../shared/export/export-document';
import { readReportText } from '../../../shared/report/read-report-text';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import { renderDocx } from '../../helpers/render-pdf';
it('gen', {timeout: 60000}, async () => {
  const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');
  const b = await buildDocx(exportDocumentFromText(readReportText(CLEAN)), { profile: FONT_PROFILES.standard });
  writeFileSync('/tmp/dx/clean.docx', b);
  console.log(JSON.stringify(renderDocx(b).lines.filter(l => l.y0 > 700)));
});
