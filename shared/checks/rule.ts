import type { CheckData } from './check-data';
import type { CheckDocument } from './check-document';
import type { Finding } from './finding';

/** One check of the catalogue: a pure function of the document and the data. */
export interface Rule {
  id: string;
  run(doc: CheckDocument, data: CheckData): Finding[];
}
