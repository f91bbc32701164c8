import { describe, expect, it } from 'vitest';
import { partHeading } from '../../../shared/outline/outline';
import { CURRENT_OUTLINE, OUTLINES, findOutline } from '../../../shared/outline/outlines';
import { PART_KEYS } from '../../../shared/outline/part-key';

describe.each(OUTLINES)('outline $version', (outline) => {
  it('has every part, in the mandated order, the four required ones marked', () => {
    expect(outline.parts.map((part) => part.key)).toEqual([...PART_KEYS]);
    expect(outline.parts.filter((part) => part.required).map((part) => part.key)).toEqual([
      'measures',
      'shortcomings',
      'leadership',
      'plans',
    ]);
  });

  it('gives every part writing guidance', () => {
    for (const part of outline.parts) expect(part.guidance.length, part.key).toBeGreaterThan(0);
    expect(outline.closingGuidance.length).toBeGreaterThan(0);
  });

  it('gives every menu item guidance and refers only to indicators it defines', () => {
    const indicatorKeys = new Set(outline.indicators.map((indicator) => indicator.key));
    const menuItems = outline.parts.flatMap((part) => part.menu);
    expect(new Set(menuItems.map((item) => item.key)).size).toBe(menuItems.length);
    for (const item of menuItems) {
      expect(item.guidance, item.key).not.toBe('');
      for (const key of item.indicators) expect(indicatorKeys.has(key), `${item.key} → ${key}`).toBe(true);
    }
  });

  it('offers the eight systems and the two common headings for the measures', () => {
    const measures = outline.parts.find((part) => part.key === 'measures')!;
    expect(measures.suggestedHeadings).toHaveLength(10);
    expect(measures.suggestedHeadings).toContain('学习贯彻习近平法治思想');
  });

  it('has unique indicator keys with units', () => {
    expect(new Set(outline.indicators.map((indicator) => indicator.key)).size).toBe(outline.indicators.length);
    for (const indicator of outline.indicators) expect(indicator.unit).not.toBe('');
  });
});

describe('outlines', () => {
  it('loads by version, and new reports use the current one', () => {
    expect(findOutline('2021-2025')).toBe(CURRENT_OUTLINE);
    expect(findOutline('2031-2035')).toBeUndefined();
  });

  it('puts concrete years in the part headings', () => {
    const plans = CURRENT_OUTLINE.parts.find((part) => part.key === 'plans')!;
    expect(partHeading(plans, 2024)).toBe('2025年推进法治政府建设的主要安排');
  });
});
