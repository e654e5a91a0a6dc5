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
    .map(singular);
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // "glasses" → "glass", "switches" → "switch"; "lenses" → "lens" → "len", as "lens" itself becomes.
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ses')) return singular(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Whether `part` occurs in `whole` as a contiguous run of words. */
export function containsWordSequence(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true;
  }
  return false;
}
