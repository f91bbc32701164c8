import { z } from 'zod';
import { DeadlineRules } from './deadline-rules';
import { Deadlines } from './deadlines-for';

/** A report's dates with the rules behind them, for the header badge and the 截止日期 form. */
export const DeadlineSettings = z.object({
  rules: DeadlineRules,
  defaults: DeadlineRules,
  /** The organization set its own dates. */
  custom: z.boolean(),
  deadlines: Deadlines,
});
export type DeadlineSettings = z.infer<typeof DeadlineSettings>;
