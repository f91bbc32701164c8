import { PART_LABELS } from '../outline/part-labels';
import type { ImportPartKey } from './import-draft';

/** Short names of the places an import puts content, for the review screen and the CLI. */
export const IMPORT_PART_LABELS: Record<ImportPartKey, string> = { ...PART_LABELS, unassigned: '未归类' };
