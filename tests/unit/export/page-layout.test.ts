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

  it('measures the gaps between Chinese and digits, and leaves no line under four characters', () => {
    // 20 characters by count, but wider than the line once the gaps around 2024 are set.
    const lines = splitTitle('山阳区教育局2024年度法治政府建设工作报告');
    expect(lines).toEqual(['山阳区教育局2024年度', '法治政府建设工作报告']);
    const forced = splitTitle('某某某某某某某某某某某某某某某某某某某某某某');
    for (const line of forced) expect(textWidth(line)).toBeGreaterThanOrEqual(4);
  });

  it('prefers a diamond or trapezoid of three lines to an hourglass', () => {
    const lines = splitTitle('某某市某某某某某某局关于2024年度贯彻落实《某某某某某某某某某某规定》工作情况的报告');
    expect(lines).toHaveLength(3);
    const widths = lines.map(textWidth);
    expect(widths[1]! >= Math.min(widths[0]!, widths[2]!)).toBe(true);
  });

  it('never breaks inside 《…》', () => {
    const lines = splitTitle('某县教育局关于贯彻落实《法治政府建设实施纲要（2021—2025年）》情况的报告');
    for (const line of lines) expect((line.match(/《/g) ?? []).length).toBe((line.match(/》/g) ?? []).length);
  });
});

describe('signature and date', () => {
  it('puts the signature two characters in and the date two characters right of its start', () => {
    // 清河县教育体育局 is wider than the date: the signature sits 2 in, the date starts 2 right of it.
    const layout = signatureLayout('清河县教育体育局', '2025年1月7日');
    expect(layout.signatureRight).toBe(2);
    expect(layout.blankLinesBefore).toBe(1);
    // The date prints about 7.1 characters wide (digits and the gaps beside them), so it ends about 0.9 in.
    expect(layout.dateRight).toBeGreaterThan(0.7);
    expect(layout.dateRight).toBeLessThan(1.1);
  });

  it('moves a signature left when the printed date is longer', () => {
    const short = signatureLayout('教育局', '2025年12月17日');
    expect(short.dateRight).toBe(2);
    expect(short.signatureRight).toBeGreaterThan(9);
    // Six characters against 2025年1月7日: the date is the longer line once printed.
    expect(signatureLayout('清河县教育局', '2025年1月7日').dateRight).toBe(2);
  });

  it('centres the signature over a date four characters in when sealed', () => {
    const sealed = signatureLayout('清河县教育局', '2025年1月7日', true);
    expect(sealed.dateRight).toBe(4);
    expect(sealed.signatureRight).toBeGreaterThan(4.4);
    expect(sealed.blankLinesBefore).toBe(3);
  });

  it('counts Latin letters and digits as half a character', () => {
    expect(textWidth('2025年1月7日')).toBe(6);
    expect(textWidth('“三项制度”')).toBe(6);
  });
});
