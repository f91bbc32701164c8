import type { z } from 'zod';

/** A validation failure as one Chinese sentence for the clerk: each problem's message, joined by '；'. */
export function issueMessages(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('；');
}
