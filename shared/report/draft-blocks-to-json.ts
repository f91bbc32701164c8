import { subHeadingLevel } from './heading-numbers';
import type { DraftBlock } from './part-content';

// The serialized shapes our Lexical nodes write (see renderer/editor/nodes and @lexical/table);
// the editor loads this JSON as it loads its own autosaves.
const textNode = (text: string) => ({
  type: 'text',
  text,
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
const paragraph = (children: object[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
const texts = (text: string) => (text ? [textNode(text)] : []);

function nodeOf(block: DraftBlock): object {
  if (block.kind === 'heading')
    return element('section-heading', texts(block.text), { level: subHeadingLevel(block.level) });
  if (block.kind === 'table') {
    return element(
      'table',
      block.rows.map((row, index) =>
        element(
          'tablerow',
          row.map((cell) =>
            element('tablecell', [paragraph(texts(cell))], {
              backgroundColor: null,
              colSpan: 1,
              rowSpan: 1,
              headerState: index === 0 ? 1 : 0,
            }),
          ),
        ),
      ),
    );
  }
  const lead = block.lead
    ? [element('lead-sentence', texts(block.lead.text), { level: subHeadingLevel(block.lead.level) })]
    : [];
  return paragraph([...lead, ...texts(block.text)]);
}

/**
 * One part's editor JSON for blocks made outside the editor (an import), in the form `parts:save`
 * stores and the part editor loads — the same nodes paste inserts for the same blocks.
 */
export function draftBlocksToJson(blocks: readonly DraftBlock[]): string {
  return JSON.stringify({ root: element('root', blocks.map(nodeOf)) });
}
