/** Editor JSON as our Lexical nodes serialize it, written by hand for tests of the shared model. */
type Piece =
  | string
  | { heading: 2 | 3 | 4; text: string }
  | { lead: 2 | 3 | 4; text: string; body: string }
  | { table: string[][] };

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const element = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});

export function partJson(...pieces: Piece[]): string {
  const children = pieces.map((piece) => {
    if (typeof piece === 'string') return element('paragraph', [text(piece)]);
    if ('heading' in piece) return element('section-heading', [text(piece.text)], { level: piece.heading });
    if ('lead' in piece)
      return element('paragraph', [
        element('lead-sentence', [text(piece.text)], { level: piece.lead }),
        text(piece.body),
      ]);
    return element(
      'table',
      piece.table.map((row) =>
        element(
          'tablerow',
          row.map((cell) => element('tablecell', [element('paragraph', [text(cell)])])),
        ),
      ),
    );
  });
  return JSON.stringify({ root: element('root', children) });
}
