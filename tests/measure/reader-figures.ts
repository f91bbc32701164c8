/**
 * How many of the team's shape reports the reader gets right, as a clerk would judge it: the parts
 * (keys in order), the year, the title and the organization. Run: npx tsx tests/measure/reader-figures.ts
 */
import { importReport } from '../../shared/import/import-report';
import { SHAPE_EXPECTATIONS, shapeText } from '../helpers/report-shapes';

let partsAndYear = 0;
let allFacts = 0;
let facts = 0;
for (const shape of SHAPE_EXPECTATIONS) {
  const draft = importReport(shapeText(shape.file));
  const parts = draft.parts.map((part) => part.key).filter((key) => key !== 'preface');
  const right = {
    parts: JSON.stringify(parts) === JSON.stringify(shape.parts),
    year: draft.year === shape.year,
    title: draft.title === shape.title,
    organization: draft.organization === shape.organization,
  };
  if (right.parts && right.year) partsAndYear++;
  facts += Object.values(right).filter(Boolean).length;
  allFacts += 4;
  const wrong = Object.entries(right).flatMap(([fact, ok]) => (ok ? [] : [fact]));
  console.log(`${wrong.length ? '✗' : '✓'} ${shape.file}${wrong.length ? `  wrong: ${wrong.join(', ')}` : ''}`);
}
console.log(`parts and year right on ${partsAndYear} of ${SHAPE_EXPECTATIONS.length} reports`);
console.log(`facts (title, organization, year, parts) right: ${facts} of ${allFacts}`);
