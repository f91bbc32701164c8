/** Sets fields of one entry in a zip's central directory, as a tampered or hostile file would have them. */
export function patchZipEntry(
  zip: Buffer,
  entryName: string,
  patch: { flags?: number; uncompressedSize?: number },
): Buffer {
  const bytes = Buffer.from(zip);
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < bytes.readUInt16LE(end + 10); index++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === entryName) {
      if (patch.flags !== undefined) bytes.writeUInt16LE(patch.flags, at + 8);
      if (patch.uncompressedSize !== undefined) bytes.writeUInt32LE(patch.uncompressedSize, at + 24);
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return bytes;
}
