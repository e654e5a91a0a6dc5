/**
 * How search text is normalized, so "ＩＧＢＴ", " igbt " and "IGBT" compare
 * equal and "robots" finds "industrial robot". Chinese and Korean text is
 * compared as compact character strings (Chinese has no spaces, Korean
 * spacing varies); Latin text as whole words.
 */

import { toSimplifiedChinese } from './chinese-variants.js';

/** Han, Hangul and kana: scripts compared by substring, not by word. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** NFKC (full-width → half-width, compatibility forms), lower case, single spaces, trimmed. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether the text contains Chinese, Korean or Japanese characters. */
export function containsCjk(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

/**
 * Normalized text without spaces or punctuation, traditional Chinese folded to
 * simplified: "전기차 배터리" and "전기차배터리", "鋰電池" and "锂电池" compare equal.
 */
export function compactSearchText(text: string): string {
  return toSimplifiedChinese(normalizeSearchText(text)).replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The Latin words of a text, normalized and singular ("Batteries" → "battery",
 * "robots" → "robot"), so keywords may be written in either number.
 */
export function latinWords(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => {
      const one = singular(word);
      return CLIPPED_WORDS.get(one) ?? one;
    });
}

/**
 * Clipped words of company English read as the full word, on both sides
 * (keywords and queries), so "labs" meets "joint laboratory" and "pharma"
 * "pharmaceutical". Only clippings with one reading in the industry vocabulary.
 */
const CLIPPED_WORDS: ReadonlyMap<string, string> = new Map([
  ['lab', 'laboratory'],
  ['pharma', 'pharmaceutical'],
  ['biopharma', 'biopharmaceutical'],
  ['tech', 'technology'],
  ['info', 'information'],
  ['mfg', 'manufacturing'],
  ['uni', 'university'],
  ['vet', 'veterinary'],
]);

/**
 * One canonical form for a word and its plural. Not a dictionary singular:
 * "warehouse" and "warehouses" both become "warehou", "lens" and "lenses"
 * "len"; what matters is that both numbers of a word meet.
 */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // "glasses" → "glass", "switches" → "switch".
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  // "warehouses" and "warehouse", "lenses" and "lens", "purchases" and "purchase" meet.
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ses')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('se') && !stem.endsWith('sse')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  return stem;
}

/** Korean particles and endings that follow a noun without a space, longest first. */
const KOREAN_PARTICLES = [
  '에서는',
  '으로',
  '에서',
  '까지',
  '부터',
  '하는',
  '하고',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '및',
];

/**
 * The Korean words of a text, each without a trailing particle ("쌀을" →
 * "쌀", "부품을" → "부품"), so a one-syllable keyword such as "쌀" (rice) can
 * be matched as a word, where matching it inside any string would be noise.
 */
export function koreanWords(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => /^\p{Script=Hangul}+$/u.test(word))
    .flatMap((word) => {
      const particle = KOREAN_PARTICLES.find((p) => word.length > p.length && word.endsWith(p));
      return particle ? [word, word.slice(0, -particle.length)] : [word];
    });
}

/** Whether `part` occurs in `whole` as a contiguous run of words. */
export function containsWordSequence(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true;
  }
  return false;
}
