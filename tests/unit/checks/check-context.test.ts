import { describe, expect, it } from 'vitest';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import { partJson } from '../../helpers/part-json';
import { createRouter } from '../../../electron/ipc/create-router';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';
import { COUNTY_2024_HEADER } from '../../helpers/county-report-header';

const tempDir = useTempDirs();

describe('what the live checks know beside the text', () => {
  it("reads last year's plans of the same organization, one promise a line", () => {
    const { services, close } = openTestServices(tempDir());
    const lastYear = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
    services.parts.save(
      lastYear.id,
      'plans',
      partJson({ heading: 2, text: '建设智慧校园安防平台' }, '一是完成平台招标。', '年内上线运行。'),
    );
    const thisYear = services.reports.create(SIPING_2024);
    expect(services.reports.previousPlans(thisYear.id)).toEqual({
      ok: true,
      value: ['（一）建设智慧校园安防平台', '一是完成平台招标。'],
    });
    expect(services.reports.previousPlans(lastYear.id)).toEqual({ ok: true, value: [] });
    close();
  });

  it('lets indicator, menu and commitment rules speak when the app supplies the data', () => {
    const report = {
      ...COUNTY_2024_HEADER,
      parts: [],
    };
    const blocks = { measures: [{ text: '全年持证执法人员18名。', heading: false }] };
    const silent = runChecks(documentFromReport(report, blocks)).findings.map((finding) => finding.id);
    expect(silent).not.toContain('indicator-missing');
    const context = {
      outline: CURRENT_OUTLINE,
      indicators: [{ key: 'certified_officers', value: 15, notApplicable: false }],
      checklist: [{ itemKey: 'vice_principals', state: 'done' as const }],
      previousPlans: ['建设智慧校园安防平台'],
    };
    const findings = runChecks(
      documentFromReport(
        { ...report, parts: [{ key: 'measures', heading: '举措', contentJson: null, plainText: '', updatedAt: '' }] },
        blocks,
        context,
      ),
    ).findings;
    const ids = findings.map((finding) => finding.id);
    expect(ids).toContain('indicator-missing');
    expect(ids).toContain('indicator-mismatch');
    expect(ids).toContain('commitment-unreported');
    const menu = findings.filter((finding) => finding.id === 'menu-uncovered').map((finding) => finding.message);
    expect(menu.some((message) => message.includes('法治副校长'))).toBe(false);
    expect(menu.some((message) => message.includes('校外培训机构监管'))).toBe(true);
  });

  it('is assembled once by a service: the figures, the menu marks and last year’s plans of the report', async () => {
    const { services, close } = openTestServices(tempDir());
    const lastYear = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
    services.parts.save(lastYear.id, 'plans', partJson('一是完成平台招标。'));
    const thisYear = services.reports.create(SIPING_2024);
    services.indicators.save(thisYear.id, { key: 'certified_officers', value: 15, notApplicable: false });
    services.checklist.set(thisYear.id, { itemKey: 'vice_principals', state: 'done' });
    const expected = {
      indicators: [{ key: 'certified_officers', value: 15, notApplicable: false }],
      checklist: [{ itemKey: 'vice_principals', state: 'done' }],
      previousPlans: ['一是完成平台招标。'],
    };
    expect(services.checkContexts.get(thisYear.id)).toEqual({ ok: true, value: expected });
    const router = createRouter(testHandlers(services, tempDir()));
    expect(await router.invoke('reports:check-context', { reportId: thisYear.id })).toEqual({
      ok: true,
      value: expected,
    });
    expect(services.checkContexts.get('00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });
});
