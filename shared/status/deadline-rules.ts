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
