/** 字数 as clerks count it: every character except white space. */
export function countChars(text: string): number {
  const visible = text.replace(/\s+/gu, '');
  // Count code points, so a character outside the basic plane counts once.
  let surrogates = 0;
  for (let index = 0; index < visible.length; index++)
    if ((visible.charCodeAt(index) & 0xfc00) === 0xdc00) surrogates++;
  return visible.length - surrogates;
}
