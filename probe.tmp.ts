import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocx } from './electron/export/docx/build-docx';
import { exportDocumentFromText } from './shared/export/export-document';
import { FONT_PROFILES } from './shared/export/font-profiles';
import { readReportText } from './shared/report/read-report-text';
for (const [name, file] of [['clean', 'tests/fixtures/reports/clean-2024.txt'], ['s000', '../shared/samples/000_df9947263a2f64fd.txt']]) {
  const doc = exportDocumentFromText(readReportText(readFileSync(file, 'utf8')));
  writeFileSync(`/tmp/${name}.docx`, await buildDocx(doc, { profile: FONT_PROFILES.standard }));
}
