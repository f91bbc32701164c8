import { describe, expect, it } from 'vitest';
import { addresseeLine } from '../../../shared/export/export-document';

// The preview's layout and the DOCX builder both take the addressee line from the document model.
describe('addresseeLine', () => {
  it('ends the addressee in one full-width colon, whatever the clerk typed', () => {
    expect(addresseeLine('县人民政府')).toBe('县人民政府：');
    expect(addresseeLine('县人民政府:')).toBe('县人民政府：');
    expect(addresseeLine('县人民政府：')).toBe('县人民政府：');
  });
});
