/**
 * One-paragraph explanation of a fit, in English, Chinese or Korean: the
 * score, whether the fit is two-sided, the strongest industry-chain reasons
 * (segment names from the model in that locale), shared cooperation modes,
 * the China-ROK bonus, the suggested park and the policies that apply; and,
 * when the seeker declined similar partners, that the result was ranked lower.
 */
import type { MatchProfile } from '../../match-profile.js';
import { localize, type Locale } from '../../vocabulary.js';
import type { ChainGraph } from '../../industry-chain/chain-graph.js';
import type { Evidence } from '../direction-evidence.js';
import type { Fit } from '../fit-score.js';
import type { ZoneAdvice } from '../zone-advice.js';
import { rankedLowerPhrase } from './feedback-phrases.js';
import { COOPERATION_MODE_LABELS } from './mode-labels.js';
import type { Balance, Pair, Phrases } from './phrases.js';
import { ENGLISH } from './phrases-en.js';
import { KOREAN } from './phrases-ko.js';
import { CHINESE } from './phrases-zh.js';

const PHRASES: Record<Locale, Phrases> = { en: ENGLISH, zh: CHINESE, ko: KOREAN };

/** Reasons named in the paragraph; the full list is in the result's `reasons`. */
const REASONS_EXPLAINED = 2;
/** Policies named in the paragraph; the full list is in the result's `policies`. */
const POLICIES_EXPLAINED = 3;
/** Modes named in the paragraph (a side that lists none accepts all nine). */
const MODES_EXPLAINED = 3;
/** Both directions at least this strong: a two-sided fit. */
const MUTUAL_THRESHOLD = 0.5;
/** One direction this much stronger than the other: a mostly one-sided fit. */
const ONE_SIDED_GAP = 0.3;

export function balanceOf(forward: number, reverse: number): Balance | undefined {
  if (Math.min(forward, reverse) >= MUTUAL_THRESHOLD) return 'MUTUAL';
  if (forward - reverse >= ONE_SIDED_GAP) return 'CANDIDATE_SERVES_MORE';
  if (reverse - forward >= ONE_SIDED_GAP) return 'SEEKER_SERVES_MORE';
  return undefined;
}

/** The strongest reasons, one per direction, so the paragraph says different things. */
function reasonsToExplain(reasons: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return reasons.filter((r) => !seen.has(r.direction) && seen.add(r.direction)).slice(0, REASONS_EXPLAINED);
}

function nameOf(profile: MatchProfile, locale: Locale): string {
  return localize(profile.name, locale) || profile.id;
}

export interface ExplanationInput {
  fit: Fit;
  seeker: MatchProfile;
  advice: ZoneAdvice;
  locale: Locale;
}

/** The paragraph, in the requested locale. */
export function explainFit(graph: ChainGraph, { fit, seeker, advice, locale }: ExplanationInput): string {
  const phrases = PHRASES[locale];
  const pair: Pair = { seeker: nameOf(seeker, locale), candidate: nameOf(fit.candidate, locale) };
  const segment = (id: string): string => graph.segmentName(id)?.[locale] ?? id;
  const balance = balanceOf(fit.forward, fit.reverse);
  const sentences = [
    phrases.headline(pair, fit.score.toFixed(2)),
    ...(fit.feedback ? [rankedLowerPhrase(locale, fit.feedback.similarDeclines)] : []),
    ...(balance ? [phrases.balance(pair, balance)] : []),
    ...reasonsToExplain(fit.reasons).map((r) =>
      phrases.reason({
        ...pair,
        direction: r.direction,
        seekerSegment: segment(r.seekerSegment),
        candidateSegment: segment(r.candidateSegment),
        crossChain: r.kind === 'CROSS_CHAIN_SUPPLY',
      }),
    ),
    fit.modes.length > 0
      ? phrases.sharedModes(fit.modes.slice(0, MODES_EXPLAINED).map((m) => COOPERATION_MODE_LABELS[m][locale]))
      : phrases.noSharedMode(),
    ...(fit.crossBorder ? [phrases.crossBorder()] : []),
    ...(advice.park ? [phrases.park(advice.park.name[locale])] : []),
    ...(advice.policies.length > 0 ? [phrases.policies(advice.policies.slice(0, POLICIES_EXPLAINED).map((p) => p.name[locale]))] : []),
  ];
  return sentences.join(phrases.separator);
}
