import { describe, expect, it } from 'vitest';
import { checkStoredReport } from '../../../shared/checks/check-stored-report';
import { partBlocks } from '../../../shared/report/part-content';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function lastYearReport() {
  const opened = openTestServices(tempDir());
  const { services } = opened;
  const source = services.reports.create({
    ...SIPING_2024,
    year: 2023,
    title: '四平市教育局关于2023年度法治政府建设情况的报告',
  });
  services.reports.updateHeader(source.id, {
    title: '四平市教育局关于2023年度法治政府建设情况的报告',
    addressee: '市委、市政府',
    signature: '四平市教育局（印）',
    issuedOn: '2024-01-08',
  });
  services.parts.save(
    source.id,
    'measures',
    partJson({ heading: 2, text: '健全依法行政制度体系' }, '2023年，全年制发规范性文件5件。', '', {
      table: [
        ['指标', '数值'],
        ['持证执法人员', '46'],
      ],
    }),
  );
  services.parts.save(source.id, 'plans', partJson('一是建设智慧校园安防平台。'));
  services.indicators.save(source.id, { key: 'certified_officers', value: 46, notApplicable: false });
  return { ...opened, source };
}

/** Last year's report carried over into this year's: what createFromPrevious answered, the new report as stored, and its parts by key. */
function carriedOverReport() {
  const opened = lastYearReport();
  const created = opened.services.carryover.createFromPrevious(opened.source.id);
  if (!created.ok) throw new Error(created.error.message);
  const report = opened.services.reports.get(created.value.id);
  if (!report.ok) throw new Error(report.error.message);
  const part = (key: string) => report.value.parts.find((candidate) => candidate.key === key)!;
  return { ...opened, created: created.value, report: report.value, part };
}

describe('基于上一年度报告新建', () => {
  it("starts next year's report with last year's words, header and the new year's headings", () => {
    const { created, report, part, close } = carriedOverReport();
    expect(created).toMatchObject({
      organizationName: '四平市教育局',
      year: 2024,
      status: 'draft',
      title: '四平市教育局关于2024年度法治政府建设情况的报告',
    });
    expect(report).toMatchObject({
      id: created.id,
      addressee: '市委、市政府',
      signature: '四平市教育局（印）',
      issuedOn: null,
    });
    expect(part('measures').heading).toBe('2024年度推进法治政府建设的主要举措和成效');
    expect(part('plans').heading).toBe('2025年推进法治政府建设的主要安排');
    // Body years are not rewritten: they are offered one by one in the report.
    expect(part('measures').plainText).toBe(
      '（一）健全依法行政制度体系\n2023年，全年制发规范性文件5件。\n\n指标\t数值\n持证执法人员\t46',
    );
    expect(part('preface').contentJson).toBeNull();
    close();
  });

  it('marks every copied paragraph and heading 沿用待更新, and the stored-report checks find them', () => {
    const { services, source, report, part, close } = carriedOverReport();
    const measures = partBlocks(part('measures').contentJson);
    // The empty paragraph and the table carry no mark.
    expect(measures.map((block) => block.kind !== 'table' && block.carriedOver === true)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const unedited = checkStoredReport(report).findings.filter((finding) => finding.id === 'carryover-unedited');
    expect(unedited.map((finding) => [finding.location.place, finding.location.paragraph])).toEqual([
      ['measures', 0],
      ['measures', 1],
      ['plans', 0],
    ]);
    // Last year's own report is untouched.
    const original = services.reports.get(source.id);
    if (!original.ok) throw new Error(original.error.message);
    expect(original.value.parts.find((candidate) => candidate.key === 'measures')!.contentJson).toContain(
      '2023年，全年制发规范性文件5件。',
    );
    expect(original.value.parts.some((candidate) => candidate.contentJson?.includes('carryover'))).toBe(false);
    close();
  });

  it("drops the mark once a paragraph is edited, and lists last year's plans as this year's promises", () => {
    const { services, report: copied, part, close } = carriedOverReport();
    const measuresJson = part('measures').contentJson!;
    expect(measuresJson).toContain('"text":"2023年，全年制发规范性文件5件。"');
    services.parts.save(
      copied.id,
      'measures',
      measuresJson.replace('"text":"2023年，全年制发规范性文件5件。"', '"text":"2024年，全年制发规范性文件7件。"'),
    );
    const report = services.reports.get(copied.id);
    if (!report.ok) throw new Error(report.error.message);
    const marks = partBlocks(report.value.parts.find((candidate) => candidate.key === 'measures')!.contentJson).map(
      (block) => block.kind !== 'table' && !!block.carriedOver,
    );
    expect(marks).toEqual([true, false, false, false]);
    expect(services.reports.previousPlans(copied.id)).toEqual({ ok: true, value: ['一是建设智慧校园安防平台。'] });
    close();
  });

  it("does not copy last year's figures as this year's: they stay last year's values beside the new ones", () => {
    const { services, report, close } = carriedOverReport();
    const figures = services.indicators.get(report.id);
    if (!figures.ok) throw new Error(figures.error.message);
    expect(figures.value.values).toEqual([]);
    expect(figures.value.previous).toEqual({
      year: 2023,
      values: [{ key: 'certified_officers', value: 46, notApplicable: false }],
    });
    close();
  });

  it('refuses when the next year already has a report, when the source is in the trash, or gone', () => {
    const { services, source, close } = lastYearReport();
    expect(services.carryover.createFromPrevious(source.id).ok).toBe(true);
    const again = services.carryover.createFromPrevious(source.id);
    expect(again).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(!again.ok && again.error.message).toContain('已有2024年度的报告');
    services.reports.trash(source.id);
    expect(services.carryover.createFromPrevious(source.id)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('回收站') },
    });
    expect(services.carryover.createFromPrevious('00000000-0000-4000-8000-999999999999')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });

  it('gives a title without the year the usual one for the new year', () => {
    const { services, close } = openTestServices(tempDir());
    const source = services.reports.create({ ...SIPING_2024, title: '法治政府建设情况报告' });
    const created = services.carryover.createFromPrevious(source.id);
    expect(created).toMatchObject({
      ok: true,
      value: { year: 2025, title: '四平市教育局关于2025年度法治政府建设情况的报告' },
    });
    close();
  });
});
