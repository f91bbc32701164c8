import { z } from 'zod';

/** Stable identifiers of the mandated parts, plus the preface before them (see annual-report-rules.md). */
export const PART_KEYS = ['preface', 'measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;

export const PartKey = z.enum(PART_KEYS);
export type PartKey = z.infer<typeof PartKey>;
