import { describe, expect, it } from 'vitest';
import { alignLeaderEdits } from '../../../shared/leader-edits/align-leader-edits';
import { applyLeaderEdits } from '../../../shared/leader-edits/apply-leader-edits';
import type { EditedParagraph } from '../../../shared/leader-edits/read-document-xml';
import { partBlocks } from '../../../shared/report/part-content';
import type { Report } from '../../../shared/report/report';
import { partJson } from '../../helpers/part-json';

const AT = '2025-01-10T08:00:00.000Z';
const part = (key: Report['parts'][number]['key'], heading: string, contentJson: string | null) => ({
  key,
  heading,
  contentJson,
  plainText: '',
  updatedAt: AT,
});
const REPORT = {
  title: '某县司法局关于2024年度法治政府建设情况的报告',
  addressee: '县委、县政府',
  signature: '某县司法局',
  issuedOn: '2025-01-07',
  parts: [
    part('preface', '前言', partJson('2024年，我局认真落实法治政府建设要求。')),
    part(
      'measures',
      '2024年度推进法治政府建设的主要举措和成效',
      partJson(
        { heading: 2, text: '加强组织领导' },
        { lead: 3, text: '健全工作机制。', body: '成立领导小组。' },
        '全年召开专题会议三次。',
      ),
    ),
  ],
};

/** A paragraph typed over without 修订: the file's text is the new text on both sides. */
const typed = (text: string): EditedParagraph => ({
  original: text,
  edited: text,
  hidden: [],
  authors: [],
  tracked: false,
  commentIds: [],
  inTable: false,
});

describe('aligning an edited file with the report', () => {
  it('joins a title split over lines without a blank line after it, and keeps heading levels through plain edits', () => {
    const file = [
      typed('某县司法局关于2024年度'),
      typed('法治政府建设情况的报告'),
      typed('县委、县政府：'),
      typed('2024年，我局认真落实法治政府建设要求。'),
      typed('一、2024年度推进法治政府建设的主要举措和成效'),
      typed('（一）加强党的领导'),
      typed('1.健全工作机制。成立法治建设领导小组。'),
      typed('某县司法局'),
      typed('2025年1月8日'),
    ];
    const rows = alignLeaderEdits(REPORT, file, []);
    expect(rows.filter((row) => row.change).map((row) => [row.change!.kind, row.target])).toEqual([
      ['edit', { kind: 'block', partKey: 'measures', index: 0 }],
      ['edit', { kind: 'block', partKey: 'measures', index: 1 }],
      ['delete', { kind: 'block', partKey: 'measures', index: 2 }],
      ['edit', { kind: 'date' }],
    ]);
    const result = applyLeaderEdits(REPORT, rows, new Set(rows.map((row) => row.id)));
    expect(result.header.issuedOn).toBe('2025-01-08');
    expect(result.header.title).toBe(REPORT.title);
    expect(result.parts.map((changed) => changed.key)).toEqual(['measures']);
    expect(partBlocks(result.parts[0]!.contentJson)).toEqual([
      { kind: 'heading', level: 2, number: '（一）', text: '加强党的领导' },
      { kind: 'paragraph', lead: { level: 3, number: '1.', text: '健全工作机制。' }, text: '成立法治建设领导小组。' },
    ]);
  });

  it('offers no change for a file that reads as the report does', () => {
    const file = [
      typed('某县司法局关于2024年度法治政府建设情况的报告'),
      typed(''),
      typed('县委、县政府：'),
      typed('2024年，我局认真落实法治政府建设要求。'),
      typed('一、2024年度推进法治政府建设的主要举措和成效'),
      typed('（一）加强组织领导'),
      typed('1.健全工作机制。成立领导小组。'),
      typed('全年召开专题会议三次。'),
      typed(''),
      typed('某县司法局'),
      typed('2025年1月7日'),
    ];
    expect(alignLeaderEdits(REPORT, file, []).filter((row) => row.change)).toEqual([]);
  });
});
