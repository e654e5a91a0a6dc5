/**
 * The sentence an explanation adds when the seeker's own declines ranked a
 * result lower (../decline-feedback.ts), in each locale. Separate from the
 * per-locale phrase files because it is about the seeker's history, not the pair.
 */
import type { Locale } from '../../vocabulary.js';

const ENGLISH_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "Ranked lower: you declined two similar partners as not relevant." in the locale. */
export function rankedLowerPhrase(locale: Locale, similarDeclines: number): string {
  switch (locale) {
    case 'en': {
      const count = ENGLISH_NUMBERS[similarDeclines] ?? String(similarDeclines);
      return `Ranked lower: you declined ${count} similar ${similarDeclines === 1 ? 'partner' : 'partners'} as not relevant.`;
    }
    case 'zh':
      return `排名已下调：您曾以“不相关”为由拒绝了${similarDeclines}个类似的合作伙伴。`;
    case 'ko':
      return `순위 하향: 비슷한 파트너 ${similarDeclines}곳을 관련 없음으로 거절하셨습니다.`;
  }
}
