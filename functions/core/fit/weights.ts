/**
 * Every number the fit model uses, in ONE place, each with the reason it has
 * that value. docs/matching.md renders these tables; change a number here and
 * there together. None was fitted to the evaluation set (test/evaluation):
 * each follows from how partners on an industry chain actually cooperate.
 */
import type { CooperationMode } from '../vocabulary.js';

/** Kinds of industry-chain evidence that one organization can serve another. */
export const EVIDENCE_KINDS = [
  'SEEKS_OFFERED',
  'SUPPLY',
  'CROSS_CHAIN_SUPPLY',
  'RESEARCH',
  'RESEARCH_ADJACENT',
  'PEER',
  'SAME_CHAIN',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** How strongly each kind of evidence says "this partner serves that one", strongest first. */
export const EVIDENCE_STRENGTH: Record<EvidenceKind, number> = {
  // The organization said it needs this segment and the other one works in it: stated demand met.
  SEEKS_OFFERED: 1.0,
  // A supply link of the model inside one chain: the classic supplier-customer pair the zone plan
  // asks to "coordinate industrial chains" for. Strong, but inferred rather than stated.
  SUPPLY: 0.8,
  // A supply link between chains (e.g. power semiconductors → rail traction): real but the pair
  // usually needs more adaptation than within a chain.
  CROSS_CHAIN_SUPPLY: 0.65,
  // A university or institute with capability in the enterprise's own segment (licensing, joint R&D,
  // joint labs): valuable, but a research result is further from a deliverable than a supplier's product.
  RESEARCH: 0.6,
  // Research capability in a segment one supply link away from the enterprise's: relevant know-how,
  // one step removed.
  RESEARCH_ADJACENT: 0.35,
  // Same segment, only counted when the pair would cooperate as peers (joint R&D, joint venture,
  // investment); competitors otherwise.
  PEER: 0.4,
  // Same chain, no supply link between the segments: they share a market, little more.
  SAME_CHAIN: 0.2,
};

/**
 * Weight of the second-strongest evidence on top of the strongest:
 * value = s1 + CORROBORATION × (1 − s1) × s2. A second, independent link makes a
 * partnership more robust, but must never lift weak evidence above a strong one.
 */
export const CORROBORATION = 0.25;

/**
 * Smoothing ε of the reciprocal (harmonic-mean) combination of forward and
 * reverse fit. 0 would be the pure harmonic mean (one-sided fits score 0);
 * 0.25 keeps a fully one-sided fit at 0.17 instead of 0.5 (arithmetic mean),
 * so it ranks below every two-sided fit of moderate strength but is not lost.
 */
export const RECIPROCITY_SMOOTHING = 0.25;

/** Names of the components of the score, in the order results list them. */
export const COMPONENT_NAMES = [
  'reciprocalChainFit',
  'modeOverlap',
  'partnerTypeFit',
  'crossBorder',
  'parkInterest',
  'maturityFit',
  'verification',
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** score = Σ weight × value; the weights sum to 1, every value is in [0, 1], so the score is too. */
export const COMPONENT_WEIGHTS: Record<ComponentName, number> = {
  // Where the two sit on the chains is the point of the zone: more than half of the score, so no
  // combination of the soft signals below can lift a weak chain fit over a strong one by much.
  reciprocalChainFit: 0.6,
  // Without a cooperation mode both accept there is no deal to make: the strongest soft signal.
  modeOverlap: 0.12,
  // Whether the pair's types suit the modes (R&D: enterprise ↔ university/institute; supply: enterprise ↔ enterprise).
  partnerTypeFit: 0.08,
  // China-ROK pairs are what the demonstration zone exists for.
  crossBorder: 0.08,
  // Shared interest in a zone park makes co-location, and the park's services, likely.
  parkInterest: 0.04,
  // Technology maturity against what the seeker wants: matters only to technology requests.
  maturityFit: 0.04,
  // Verified profiles are more trustworthy; a small nudge, verified-only is a filter for those who need it.
  verification: 0.04,
};

/** A signal that cannot discriminate (unknown or not asked for) scores the midpoint: it moves no ranking. */
export const NEUTRAL = 0.5;

/** Mode overlap: one shared mode is what makes a deal possible; more shared modes add room. */
export const FIRST_SHARED_MODE = 0.6;

/** Cooperation modes grouped by what kind of partner they need. */
export const RESEARCH_MODES: readonly CooperationMode[] = ['TECHNOLOGY_LICENSING', 'JOINT_RND', 'JOINT_LAB', 'TALENT_TRAINING'];
export const SUPPLY_MODES: readonly CooperationMode[] = ['SUPPLY_AGREEMENT', 'DISTRIBUTION', 'CONTRACT_MANUFACTURING'];
export const CAPITAL_MODES: readonly CooperationMode[] = ['JOINT_VENTURE', 'INVESTMENT'];
/** Modes under which organizations in the same segment cooperate rather than compete. */
export const PEER_MODES: readonly CooperationMode[] = ['JOINT_RND', 'JOINT_VENTURE', 'INVESTMENT'];

export type ModeFamily = 'RESEARCH' | 'SUPPLY' | 'CAPITAL';
export type PairKind = 'ENTERPRISE_ENTERPRISE' | 'ENTERPRISE_RESEARCH' | 'RESEARCH_RESEARCH';

/** How well a pair of organization types suits each family of modes. */
export const PARTNER_TYPE_AFFINITY: Record<ModeFamily, Record<PairKind, number>> = {
  // Technology transfer and joint labs are what universities and institutes are for; firms also
  // co-develop; two research bodies co-research but need an industrial partner to apply the result.
  RESEARCH: { ENTERPRISE_RESEARCH: 1.0, ENTERPRISE_ENTERPRISE: 0.5, RESEARCH_RESEARCH: 0.7 },
  // Supply, distribution and contract manufacturing are between firms; an institute can at most pilot-produce.
  SUPPLY: { ENTERPRISE_ENTERPRISE: 1.0, ENTERPRISE_RESEARCH: 0.2, RESEARCH_RESEARCH: 0 },
  // Joint ventures and investments are mostly between firms; spin-offs involve universities.
  CAPITAL: { ENTERPRISE_ENTERPRISE: 1.0, ENTERPRISE_RESEARCH: 0.6, RESEARCH_RESEARCH: 0.2 },
};

/** Park interest values. */
export const PARK_INTEREST = {
  // Both named the same park: they can co-locate there.
  SHARED: 1.0,
  // One side wants a park that hosts the other's segment: it can host them both.
  HOSTS_OTHER: 0.75,
  // Both named parks, none in common and none hosting the other: a mild mismatch.
  DISJOINT: 0.25,
} as const;

/**
 * Zone advice: how much a side's stated interest in a park adds to the park's
 * suitability (hosting each side's segments counts 1). Half a side: interest
 * breaks ties between hosting parks but never picks a park hosting neither.
 */
export const PARK_PREFERENCE_BOOST = 0.5;

/** Maturity fit lost per maturity stage the candidate's technology falls short of what is wanted. */
export const MATURITY_SHORTFALL_PER_STAGE = 0.3;

/**
 * Intent before inference (./stated-need.ts): for a seeker that stated needs, a
 * candidate meeting none of them ranks after one meeting a need unless its score
 * is higher by more than this: "far stronger". Two parts:
 * - 0.45, just above the widest gap inferred chain evidence alone can open: a
 *   fully two-sided supply fit without the stated need, R(0.84, 1) ≈ 0.91,
 *   against a fully one-sided stated need, R(1, 0) ≈ 0.17, is 0.6 × 0.75 ≈ 0.449;
 * - plus 0.2, half the weight of all soft signals together.
 * So the chain neighbour passes only when, on top of any chain advantage, the
 * soft signals favour it by more than half their range: the stated-need partner
 * is also same-country, unverified, of a type unsuited to the modes, or shares
 * one mode against several. A verified neighbour with one more shared mode is not enough.
 */
export const FAR_STRONGER_MARGIN = 0.65;

/**
 * Feedback from the seeker's own declines (./decline-feedback.ts). Each partner
 * the seeker declined as not relevant lowers candidates similar to it (same
 * segment, same direction) by PER_DECLINE in ranking, at most MAX: a fresh
 * decline weighs about one soft signal (mode overlap 0.12, cross-border 0.08),
 * three together (0.3) outweigh all soft signals but the strongest, yet never
 * the gap between a strong and a weak chain fit (0.6 × (1 − 0.17) ≈ 0.5). A
 * decline fades linearly to nothing over FADE_DAYS, so feedback is reversible
 * by time and a seeker's view does not freeze on what it declined long ago.
 */
export const DECLINE_FEEDBACK = {
  PER_DECLINE: 0.1,
  MAX: 0.3,
  FADE_DAYS: 180,
} as const;
