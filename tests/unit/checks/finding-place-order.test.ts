import { describe, expect, it } from 'vitest';
import { FINDING_PLACE_ORDER, compareFindingPlaces } from '../../../shared/checks/finding-place-order';
import type { FindingPlace } from '../../../shared/checks/finding';

describe('the order of finding places', () => {
  it('reads as the document: title, 主送机关, the parts in order, then 落款', () => {
    const places: FindingPlace[] = ['closing', 'plans', 'title', 'measures', 'addressee', 'preface', 'leadership'];
    expect(places.sort(compareFindingPlaces)).toEqual([
      'title',
      'addressee',
      'preface',
      'measures',
      'leadership',
      'plans',
      'closing',
    ]);
  });

  it('names every place once', () => {
    expect(new Set(FINDING_PLACE_ORDER).size).toBe(FINDING_PLACE_ORDER.length);
    expect(FINDING_PLACE_ORDER).toHaveLength(11);
  });
});
