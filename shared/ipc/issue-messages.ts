import type { z } from 'zod';

/**
 * A validation failure as one Chinese sentence for the clerk: each distinct problem's message, joined
 * by '；', the first three only (a forged list of thousands of bad items is not read out item by item).
 */
export function issueMessages(error: z.ZodError): string {
  return [...new Set(error.issues.map((issue) => issue.message))].slice(0, 3).join('；');
}
