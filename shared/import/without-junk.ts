import { CHECK_DATA_2025 } from '../checks/check-data-2025';
import { lineLike } from '../checks/doc-texts';
import { parseTypedNumber } from '../report/typed-number';

/** Leftovers that can sit inside a good sentence: only forms no sentence of a report contains. */
const FRAGMENTS = [/\[bookmark:[^\]]*\]/g, /[[【]纠错[\]】]/g];

/**
 * One line without the website and conversion leftovers the checks warn about, and what was taken
 * out. A whole line goes only when it is short and no heading ("（三）规范信息报送" stays); inside a
 * sentence only unmistakable fragments go, so 资金来源：… is never cut.
 */
export function withoutJunk(line: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let text = line;
  for (const pattern of FRAGMENTS) {
    text = text.replace(pattern, (match) => {
      removed.push(match);
      return '';
    });
  }
  text = text.trim();
  if (
    text &&
    lineLike(text) &&
    !parseTypedNumber(text) &&
    CHECK_DATA_2025.junk.some(({ pattern }) => pattern.test(text))
  ) {
    removed.push(text);
    text = '';
  }
  return { text, removed };
}
