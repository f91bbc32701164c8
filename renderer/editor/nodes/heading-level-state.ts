import { createState } from 'lexical';
import type { HeadingLevel } from '../../../shared/report/heading-numbers';

export type SubHeadingLevel = Exclude<HeadingLevel, 1>;

/** Level 2 （一）, 3 1. or 4 （1）, written flat as `level` in the JSON the shared model reads. */
export const headingLevelState = createState('level', {
  parse: (value): SubHeadingLevel => (value === 3 || value === 4 ? value : 2),
});
