import type { ExportDocument } from './export-document';
import type { ExportOptions } from './export-options';

/** The page as the chosen edition shows it: 公开版 is addressed to no one and carries no seal. */
export function editionDocument(
  doc: ExportDocument,
  options: Pick<ExportOptions, 'edition' | 'sealed'>,
): { document: ExportDocument; sealed: boolean } {
  if (options.edition === 'public') return { document: { ...doc, addressee: '' }, sealed: false };
  return { document: doc, sealed: options.sealed };
}
