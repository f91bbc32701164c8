/** What the first bytes of a file say it is, whatever its name claims. */
export type FileSignature = 'zip' | 'ole' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: old .doc and .wps files, and every .docx that Word or WPS encrypted.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  return 'other';
}
