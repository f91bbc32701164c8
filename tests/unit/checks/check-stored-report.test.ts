import { describe, expect, it } from 'vitest';
import { findingKey } from '../../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../../shared/checks/check-stored-report';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { partJson } from '../../helpers/part-json';
import { COUNTY_2024_HEADER } from '../../helpers/county-report-header';

describe('checks over a stored report', () => {
  it('find what the editor finds, with the same keys, so a finding confirmed while writing stays confirmed', () => {
    const measures = partJson(
      { heading: 2, text: '加强XX组织领导。' },
      { lead: 3, text: '健全XX工作机制。', body: '全年召开会议4次,覆盖全体干部。' },
      '聘请王丹波律师为法律顾问。',
    );
    const report = {
      ...COUNTY_2024_HEADER,
      outlineVersion: '2021',
      parts: [
        {
          key: 'measures' as const,
          heading: '2024年度推进法治政府建设的主要举措和成效',
          contentJson: measures,
          plainText: '',
          updatedAt: '',
        },
      ],
    };
    // What the editor's outline publishes: each block's words, the computed numbers drawn beside them.
    const typed = [
      { text: '加强XX组织领导。', heading: true },
      { text: '健全XX工作机制。全年召开会议4次,覆盖全体干部。', heading: false },
      { text: '聘请王丹波律师为法律顾问。', heading: false },
    ];
    const live = runChecks(documentFromReport(report, { measures: typed })).findings.map(findingKey);
    const stored = checkStoredReport(report as Parameters<typeof checkStoredReport>[0]).findings.map(findingKey);
    expect(live.length).toBeGreaterThan(3);
    expect(stored).toEqual(live);
  });
});
