/** 字数 as clerks count it: every character except white space. */
export function countChars(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}
