import JSZip from 'jszip';

/** The XML parts of a DOCX, by path inside the zip. */
export async function docxParts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir && path.endsWith('.xml')) parts[path] = await file.async('string');
  return parts;
}

/** The runs of a document.xml, each with its text and properties XML. */
export function runs(documentXml: string): { text: string; properties: string }[] {
  return [...documentXml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(.*?)<\/w:r>/gs)].map((match) => ({
    properties: match[1] ?? '',
    text: [...(match[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  }));
}

/** The paragraphs of a document.xml, each with its properties XML and its text. */
export function paragraphs(documentXml: string): { properties: string; text: string; xml: string }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((match) => ({
    xml: match[1]!,
    properties: /<w:pPr>(.*?)<\/w:pPr>/s.exec(match[1]!)?.[1] ?? '',
    text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  }));
}

/** Whether the XML has an element `tag` carrying all of `attributes`, in whatever order they were written. */
export function hasElement(xml: string, tag: string, attributes: Record<string, string | number>): boolean {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, 'g'))].some((match) =>
    Object.entries(attributes).every(([name, value]) => new RegExp(`\\s${name}="${value}"`).test(match[1]!)),
  );
}
