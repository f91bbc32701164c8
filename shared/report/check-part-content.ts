/**
 * The nodes the part editor is built with (renderer/editor/nodes/index.ts and Lexical's own root,
 * paragraph, text, line break and tab), and what may hold what. Content from outside the editor —
 * a report package, a restored database — is read only when it is made of these alone: an unknown
 * node would blank the report screen, and everything after it (overview, export) would fail.
 */
const CHILDREN: Record<string, readonly string[]> = {
  root: ['paragraph', 'section-heading', 'table'],
  paragraph: ['text', 'linebreak', 'tab', 'lead-sentence'],
  'section-heading': ['text', 'linebreak', 'tab'],
  'lead-sentence': ['text', 'linebreak', 'tab'],
  table: ['tablerow'],
  tablerow: ['tablecell'],
  tablecell: ['paragraph'],
  text: [],
  linebreak: [],
  tab: [],
};

/** A part of a real report has a few thousand nodes; a crafted one must not make the check itself costly. */
const MAX_NODES = 200_000;

interface Node {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  style?: unknown;
  textStyle?: unknown;
}

/** Why a part's stored JSON is not content the editor can show, or null when it is. */
export function checkPartContent(contentJson: string | null): string | null {
  if (contentJson === null) return null;
  let state: { root?: unknown };
  try {
    state = JSON.parse(contentJson) as { root?: unknown };
  } catch {
    return '内容不是有效的编辑器数据';
  }
  if (typeof state !== 'object' || state === null) return '内容不是有效的编辑器数据';
  const root = state.root as Node | undefined;
  if (!root || root.type !== 'root') return '内容缺少正文根节点';
  let count = 0;
  const stack: [Node, string][] = [[root, 'root']];
  while (stack.length) {
    const [node, type] = stack.pop()!;
    if (++count > MAX_NODES) return '内容过多，不像是一份报告';
    if (type === 'text' && typeof node.text !== 'string') return '内容中有没有文字的文字节点';
    const children = node.children ?? [];
    if (!Array.isArray(children)) return '内容结构无效';
    for (const child of children as Node[]) {
      const childType = typeof child === 'object' && child !== null ? child.type : undefined;
      if (typeof childType !== 'string' || !CHILDREN[type]!.includes(childType))
        return `内容中有本程序的编辑器不认识的元素（${typeof childType === 'string' ? childType.slice(0, 40) : '无类型'}）`;
      stack.push([child, childType]);
    }
  }
  return null;
}

/**
 * Checked content with every inline style removed: the editor itself writes none, so a style in
 * content from outside can only hide words that export would still print (font-size:0) or draw
 * over the window (position:fixed).
 */
export function withoutStyles(contentJson: string): string {
  return JSON.stringify(JSON.parse(contentJson), (key, value: unknown) =>
    (key === 'style' || key === 'textStyle') && typeof value === 'string' ? '' : value,
  );
}
