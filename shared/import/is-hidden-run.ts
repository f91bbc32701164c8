/**
 * Hidden text in a .docx (`w:vanish`, set on a run or through its character or paragraph style):
 * Word and WPS neither show nor print it, but anything that reads the XML sees ordinary words.
 * This is the one rule for which runs are hidden; the report import and 导入修改稿 both read by it.
 */

/** Whether run properties switch vanish on (true), off (false, overriding a style), or say nothing. */
function vanishOf(properties: string | undefined): boolean | undefined {
  const vanish = properties?.match(/<w:vanish\b([^>]*)\/?>/);
  if (!vanish) return undefined;
  const value = vanish[1]!.match(/w:val="([^"]*)"/)?.[1];
  return value === undefined || !/^(?:false|0|off)$/i.test(value);
}

/** The style ids of styles.xml whose run properties hide text, through the styles they are based on. */
export function hiddenStyleIds(stylesXml: string | undefined): Set<string> {
  const own = new Map<string, { vanish?: boolean; basedOn?: string }>();
  for (const style of stylesXml?.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g) ?? []) {
    const id = style[1]!.match(/w:styleId="([^"]*)"/)?.[1];
    if (!id) continue;
    own.set(id, {
      vanish: vanishOf(style[2]!.match(/<w:rPr>([\s\S]*?)<\/w:rPr>/)?.[1]),
      basedOn: style[2]!.match(/<w:basedOn\b[^>]*w:val="([^"]*)"/)?.[1],
    });
  }
  const hidden = new Set<string>();
  for (const id of own.keys()) {
    // A chain of based-on styles is short; the step limit only guards against a cycle.
    let at: string | undefined = id;
    for (let step = 0; at && step < 20; step++) {
      const style = own.get(at);
      if (style?.vanish !== undefined) {
        if (style.vanish) hidden.add(id);
        break;
      }
      at = style?.basedOn;
    }
  }
  return hidden;
}

/**
 * Whether a run is hidden: its own `w:vanish` decides when it has one (w:val="false" shows the
 * text even in a hidden style); otherwise its character style or its paragraph's style does.
 * `runProperties` is the inside of the run's w:rPr, `paragraphStyle` the paragraph's w:pStyle.
 */
export function isHiddenRun(
  runProperties: string | undefined,
  paragraphStyle: string | undefined,
  hiddenStyles: ReadonlySet<string>,
): boolean {
  // Formatting history (修订 of the formatting) holds the properties before, not the run's own.
  const properties = runProperties?.replace(/<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
  const own = vanishOf(properties);
  if (own !== undefined) return own;
  const runStyle = properties?.match(/<w:rStyle\b[^>]*w:val="([^"]*)"/)?.[1];
  return (
    (runStyle !== undefined && hiddenStyles.has(runStyle)) ||
    (paragraphStyle !== undefined && hiddenStyles.has(paragraphStyle))
  );
}
