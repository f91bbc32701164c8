import { z } from 'zod';

/**
 * A part's editor JSON, from the window or in a 报告包: generous, but bounded so a runaway paste
 * or a crafted file cannot exhaust memory.
 */
export const ContentJson = z
  .string()
  .max(20_000_000, { message: '这一部分的内容过大，请分成几部分或删去粘贴进来的多余内容' });
