import type { SeededRandom } from './seeded-random';

// Characters that have broken text handling somewhere: CJK, full-width and half-width punctuation,
// combining marks, bidi controls, zero-width joiners, lone surrogates, NUL, emoji, line separators.
const ALPHABET = [
  '法',
  '治',
  '（',
  '）',
  '一',
  '、',
  '1',
  '.',
  '。',
  '，',
  ',',
  '；',
  '“',
  '”',
  '\u3000',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u0301',
  '\u202e',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u0000',
  '😀',
  '\u2028',
  '𠀀',
  '<',
  '&',
  '"',
  '\\',
  'a',
  'Z',
];

export function randomText(random: SeededRandom, maxLength: number): string {
  let text = '';
  const length = random.int(0, maxLength);
  for (let i = 0; i < length; i++)
    text += random.chance(0.7) ? random.pick(ALPHABET) : String.fromCharCode(random.int(0, 0xffff));
  return text;
}

const EDGE_NUMBERS = [0, -1, 1, 2024, 2.5, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity];
const TRICKY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'reportId',
  'key',
  'title',
  'year',
  'contentJson',
  'deleted',
];

/** Any value a hostile or broken page could send: nested, odd numbers, odd keys, odd strings. */
export function randomValue(random: SeededRandom, depth = 4): unknown {
  const kind = random.int(0, depth > 0 ? 9 : 5);
  switch (kind) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return random.chance(0.5);
    case 3:
      return random.pick(EDGE_NUMBERS);
    case 4:
      return random.int(-1e6, 1e6);
    case 5:
      return randomText(random, 40);
    case 6:
      return Array.from({ length: random.int(0, 5) }, () => randomValue(random, depth - 1));
    default: {
      const value: Record<string, unknown> = {};
      for (let i = random.int(0, 6); i > 0; i--) {
        const key = random.chance(0.6) ? random.pick(TRICKY_KEYS) : randomText(random, 8);
        Object.defineProperty(value, key, {
          value: randomValue(random, depth - 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return value;
    }
  }
}

/** A valid payload with one field replaced, removed or added: closer to the boundary than pure noise. */
export function mutateValue(random: SeededRandom, valid: unknown): unknown {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid) || random.chance(0.1))
    return randomValue(random);
  const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length > 0 && random.chance(0.8) ? random.pick(keys) : randomText(random, 6);
  if (random.chance(0.2)) delete copy[key];
  else copy[key] = random.chance(0.5) ? mutateValue(random, copy[key]) : randomValue(random, 2);
  return copy;
}
