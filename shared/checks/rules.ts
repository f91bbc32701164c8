import type { Rule } from './rule';
import { dataRules } from './rules/data-rules';
import { headingRules } from './rules/heading-rules';
import { numberingRules } from './rules/numbering-rules';
import { publicationRules } from './rules/publication-rules';
import { punctuationRules } from './rules/punctuation-rules';
import { structureRules } from './rules/structure-rules';
import { wordingRules } from './rules/wording-rules';
import { yearRules } from './rules/year-rules';

/** Every check, in the order the catalogue lists them; a new group is one file and one line here. */
export const RULES: readonly Rule[] = [
  ...structureRules,
  ...yearRules,
  ...numberingRules,
  ...headingRules,
  ...punctuationRules,
  ...wordingRules,
  ...dataRules,
  ...publicationRules,
];
