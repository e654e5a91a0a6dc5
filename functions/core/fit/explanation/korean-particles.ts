/**
 * Korean particles depend on whether the preceding word ends in a consonant
 * (받침): 은/는, 이/가, 을/를, 과/와. Hangul syllables and digits are decided
 * exactly; for other scripts (e.g. a Latin company name) the combined written
 * form "은(는)" is used, as Korean documents do.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Digits read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];

/** true: ends in a consonant; false: ends in a vowel; undefined: cannot tell. */
export function endsInConsonant(word: string): boolean | undefined {
  const last = word
    .trim()
    .replace(/[)\]"'.»」』]+$/u, '')
    .slice(-1);
  if (!last) return undefined;
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28 !== 0;
  if (last >= '0' && last <= '9') return DIGIT_HAS_FINAL[Number(last)];
  return undefined;
}

export type ParticlePair = readonly [afterConsonant: string, afterVowel: string];

export const TOPIC: ParticlePair = ['은', '는'];
export const SUBJECT: ParticlePair = ['이', '가'];
export const OBJECT: ParticlePair = ['을', '를'];
export const AND: ParticlePair = ['과', '와'];

/** The word followed by the right form of the particle. */
export function withParticle(word: string, [afterConsonant, afterVowel]: ParticlePair): string {
  const consonant = endsInConsonant(word);
  if (consonant === undefined) return `${word}${afterConsonant}(${afterVowel})`;
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}
