import type { DeadlineRules } from './deadline-rules';

// Plain data, apart from the schema in deadline-rules.ts: the library's job line shows it at start-up.

/**
 * The national dates (中办、国办《法治政府建设与责任落实督察工作规定》): sent up by 1 March and
 * published by 1 April of the year after the report year. Data, so a changed rule is an edit here.
 */
export const DEADLINE_DEFAULTS: DeadlineRules = { submitBy: '03-01', publishBy: '04-01' };

/** Days left at which a deadline turns amber. */
export const DEADLINE_WARNING_DAYS = 14;
