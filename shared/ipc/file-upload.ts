import { z } from 'zod';

/** Base64 turns every 3 bytes into 4 characters. */
export const base64Chars = (bytes: number) => Math.ceil(bytes / 3) * 4;

/**
 * A file the clerk picked in the window (an <input type="file"> works in Electron and in the
 * browser preview), sent as base64 and bounded before it is decoded. `tooLarge` says what to do.
 */
export function fileUpload(maxBytes: number, tooLarge: string) {
  return z.object({
    name: z.string().min(1, { message: '缺少文件名' }).max(255, { message: '文件名过长' }),
    bytesBase64: z.string().min(1, { message: '文件是空的' }).max(base64Chars(maxBytes), { message: tooLarge }),
  });
}
