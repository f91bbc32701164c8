import { z } from 'zod';

/** A day of the year as MM-DD, e.g. 03-01; 02-29 means the last day of February. */
export const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '日期应写成“月-日”，如 03-01' })
  .refine(
    (value) => {
      const [month, day] = value.split('-').map(Number) as [number, number];
      return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
    },
    { message: '没有这一天，请检查月和日' },
  );

/** When a report of year Y is due, as days of Y+1; local rules may set earlier dates. */
export const DeadlineRules = z.object({ submitBy: MonthDay, publishBy: MonthDay });
export type DeadlineRules = z.infer<typeof DeadlineRules>;

/**
 * The national dates (中办、国办《法治政府建设与责任落实督察工作规定》): sent up by 1 March and
 * published by 1 April of the year after the report year. Data, so a changed rule is an edit here.
 */
export const DEADLINE_DEFAULTS: DeadlineRules = { submitBy: '03-01', publishBy: '04-01' };

/** Days left at which a deadline turns amber. */
export const DEADLINE_WARNING_DAYS = 14;
