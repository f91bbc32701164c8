import { describe, expect, it } from 'vitest';
import { hiddenStyleIds, isHiddenRun } from '../../../shared/import/is-hidden-run';

const STYLES =
  '<w:styles xmlns:w="x">' +
  '<w:style w:type="character" w:styleId="Quiet"><w:name w:val="不显示"/><w:rPr><w:vanish/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="DraftBase"><w:rPr><w:b/><w:vanish w:val="1"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="DraftNote"><w:basedOn w:val="DraftBase"/><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="DraftBase"/><w:rPr><w:vanish w:val="false"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>' +
  '</w:styles>';

describe('which runs of a .docx are hidden', () => {
  it('finds the hidden styles, through the styles they are based on, and survives a cycle', () => {
    expect([...hiddenStyleIds(STYLES)].sort()).toEqual(['DraftBase', 'DraftNote', 'Quiet']);
    expect(hiddenStyleIds(undefined).size).toBe(0);
  });

  const styles = hiddenStyleIds(STYLES);
  it.each([
    ['vanish on the run', '<w:vanish/>', undefined, true],
    ['vanish on the run with w:val="true"', '<w:b/><w:vanish w:val="true"/>', undefined, true],
    ['a hidden character style', '<w:rStyle w:val="Quiet"/>', undefined, true],
    ['a hidden paragraph style', '<w:b/>', 'DraftNote', true],
    ['a hidden paragraph style and no run properties', undefined, 'DraftNote', true],
    ['vanish switched off on the run, in a hidden style', '<w:vanish w:val="0"/>', 'DraftNote', false],
    ['a paragraph style that switches vanish off again', undefined, 'Plain', false],
    [
      'vanish only in the formatting history',
      '<w:rPrChange w:id="3" w:author="x"><w:rPr><w:vanish/></w:rPr></w:rPrChange>',
      undefined,
      false,
    ],
    ['no vanish anywhere', '<w:b/>', 'Normal', false],
  ])('%s', (_case, properties, paragraphStyle, hidden) => {
    expect(isHiddenRun(properties, paragraphStyle, styles)).toBe(hidden);
  });
});
