import { describe, expect, it } from 'vitest';
import { signatureLayout } from '../../../shared/export/signature-layout';
import { splitTitle, TITLE_LINE_WIDTH } from '../../../shared/export/split-title';
import { textWidth } from '../../../shared/export/text-width';

describe('title lines', () => {
  it('keeps a short title on one line', () => {
    expect(splitTitle('关于法治政府建设情况的报告')).toEqual(['关于法治政府建设情况的报告']);
  });

  it('breaks a long title into balanced lines at a natural place, never inside the organization name', () => {
    expect(splitTitle('四平市教育局关于2024年度法治政府建设情况的报告')).toEqual([
      '四平市教育局关于2024年度',
      '法治政府建设情况的报告',
    ]);
    const long = splitTitle('第七师胡杨河市教育局关于2022年度法治政府建设工作情况的报告');
    expect(long.join('')).toBe('第七师胡杨河市教育局关于2022年度法治政府建设工作情况的报告');
    expect(long[0]).toContain('第七师胡杨河市教育局');
    for (const line of long) expect(textWidth(line)).toBeLessThanOrEqual(TITLE_LINE_WIDTH);
  });

  it('never breaks inside 《…》', () => {
    const lines = splitTitle('某县教育局关于贯彻落实《法治政府建设实施纲要（2021—2025年）》情况的报告');
    for (const line of lines) expect((line.match(/《/g) ?? []).length).toBe((line.match(/》/g) ?? []).length);
  });
});

describe('signature and date', () => {
  it('puts the signature two characters in and the date two characters right of its start', () => {
    expect(signatureLayout('清河县教育局', '2025年1月7日')).toEqual({
      signatureRight: 2,
      dateRight: 0,
      blankLinesBefore: 1,
    });
    expect(signatureLayout('清河县教育体育局', '2025年1月7日')).toEqual({
      signatureRight: 2,
      dateRight: 2,
      blankLinesBefore: 1,
    });
  });

  it('moves a short signature left when the date is longer', () => {
    expect(signatureLayout('教育局', '2025年12月17日')).toEqual({
      signatureRight: 8,
      dateRight: 2,
      blankLinesBefore: 1,
    });
  });

  it('counts Latin letters and digits as half a character', () => {
    expect(textWidth('2025年1月7日')).toBe(6);
    expect(textWidth('“三项制度”')).toBe(6);
  });
});
