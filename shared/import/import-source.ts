import { z } from 'zod';
import { base64Chars } from '../ipc/file-upload';
import { IMPORT_LIMITS } from './import-limits';

/** What the clerk gives the import: a pasted report, or a chosen .docx / .txt file as bytes. */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z
      .string()
      .max(IMPORT_LIMITS.pasteChars, { message: '粘贴的文字超过 100 万字，不像是一份年度报告。请只粘贴报告本身' }),
  }),
  z.object({
    kind: z.literal('file'),
    name: z.string().min(1, { message: '缺少文件名' }).max(255, { message: '文件名过长' }),
    bytesBase64: z
      .string()
      .max(base64Chars(IMPORT_LIMITS.fileBytes), { message: '文件超过 20 MB，不像是一份年度报告。请确认选对了文件' }),
  }),
]);
export type ImportSource = z.infer<typeof ImportSource>;
