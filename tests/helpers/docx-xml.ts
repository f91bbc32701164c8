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

/** The attributes of the first element `tag` in the XML, or undefined if it has none. */
export function firstElement(xml: string, tag: string): Record<string, string> | undefined {
  const match = new RegExp(`<${tag}\\b([^>]*?)/?>`).exec(xml);
  return match
    ? Object.fromEntries([...match[1]!.matchAll(/\s([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))
    : undefined;
}

/**
 * The formatting in force on a paragraph and on one of its runs, as Word resolves it, nearest first:
 * the direct properties, then the paragraph style's and those it is based on, then the document
 * defaults. So `firstElement(effective.paragraph, 'w:jc')` is the alignment the reader sees, however
 * the export chose to write it.
 */
export function effectiveFormatting(
  stylesXml: string,
  paragraph: { properties: string },
  run: { properties: string } = { properties: '' },
): { paragraph: string; run: string } {
  const styles = new Map(
    [...stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>(.*?)<\/w:style>/gs)].map((m) => [m[1]!, m[2]!]),
  );
  // The default paragraph style, not the default character or table style that also says w:default="1".
  const defaultStyle = /<w:style\b(?=[^>]*w:type="paragraph")(?=[^>]*w:default="1")[^>]*w:styleId="([^"]+)"/.exec(
    stylesXml,
  )?.[1];
  const chain: string[] = [];
  for (
    let id = firstElement(paragraph.properties, 'w:pStyle')?.['w:val'] ?? defaultStyle;
    id && styles.has(id) && !chain.includes(id);
    id = firstElement(styles.get(id)!, 'w:basedOn')?.['w:val']
  )
    chain.push(id);
  const inner = (xml: string, tag: string) => new RegExp(`<${tag}>(.*?)</${tag}>`, 's').exec(xml)?.[1] ?? '';
  const defaults = inner(stylesXml, 'w:docDefaults');
  return {
    paragraph: [
      paragraph.properties,
      ...chain.map((id) => inner(styles.get(id)!, 'w:pPr')),
      inner(defaults, 'w:pPr'),
    ].join(''),
    run: [run.properties, ...chain.map((id) => inner(styles.get(id)!, 'w:rPr')), inner(defaults, 'w:rPr')].join(''),
  };
}

/** Whether a toggle property such as `w:b` is on: the first element `tag` is there, and not set to false or 0. */
export function isOn(properties: string, tag: string): boolean {
  const element = firstElement(properties, tag);
  return element !== undefined && !['false', '0'].includes(element['w:val'] ?? 'true');
}
