const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, the few entities mammoth writes decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * The lines of the HTML mammoth makes of a .docx: one line a paragraph, heading or list item, and
 * one line a table row with its cells separated by tabs (a cell's own paragraphs joined), so a
 * table survives the text-based import as a table. Nothing but text is kept: no markup, styles
 * or pictures go any further.
 */
export function docxHtmlLines(html: string): string {
  const lines: string[] = [];
  for (const match of html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\2>/g)) {
    if (match[1] !== undefined) {
      for (const row of match[1].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map(
          (cell) =>
            [...cell[1]!.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
              .map((paragraph) => textOf(paragraph[1]!).trim())
              .join(' ') || textOf(cell[1]!).trim(),
        );
        // An empty cell keeps its place, so the columns stay aligned.
        lines.push(cells.map((cell) => cell || '—').join('\t'));
      }
    } else {
      lines.push(textOf(match[3]!));
    }
  }
  return lines.join('\n');
}
