// mammoth ships no types for its zip reader; this is the part docx-to-text.ts hands back to mammoth
// (as the `file` input its convert functions accept) so it can see document parts with hidden text marked.
declare module 'mammoth/lib/zipfile.js' {
  export interface DocxZipFile {
    exists(name: string): boolean;
    read(name: string, encoding?: string): Promise<string | Uint8Array>;
  }
  export function openArrayBuffer(bytes: Buffer | ArrayBuffer): Promise<DocxZipFile>;
}
