/**
 * A generated match history for calibration tests: match records with frozen
 * component values drawn from plausible distributions and outcomes drawn from
 * a known logistic model, from a seeded generator (same seed, same history).
 */
import { COMPONENT_NAMES, COMPONENT_WEIGHTS, type ComponentName } from '../../functions/core/fit/weights.js';
import type { MatchRecord, MatchStatus } from '../../functions/core/match/match-record.js';
import { aFitSnapshot, aMatchRecord } from './match-factory.js';
import { pick, seededRandom } from './seeded-random.js';

/** What each component's value looks like on real matches. */
const DRAW: Record<ComponentName, (random: () => number) => number> = {
  reciprocalChainFit: (r) => 0.15 + 0.85 * r(),
  modeOverlap: (r) => pick(r, [0, 0.5, 0.6, 0.8, 1]),
  partnerTypeFit: (r) => pick(r, [0.2, 0.5, 0.7, 1]),
  crossBorder: (r) => pick(r, [0, 1, 1]),
  parkInterest: (r) => pick(r, [0.25, 0.5, 0.5, 0.75, 1]),
  maturityFit: (r) => pick(r, [0.4, 0.5, 0.5, 1]),
  verification: (r) => pick(r, [0, 1]),
};

export interface HistoryOptions {
  size: number;
  seed: number;
  /** The true log-odds per unit of each component (absent: 0). */
  truth: Partial<Record<ComponentName, number>>;
  intercept: number;
  /** Share of matches still pending (no outcome; calibration must ignore them). */
  pendingShare?: number;
}

/** The generated history: DECLINED, MUTUAL (some with a meeting or agreement, some NO_DEAL) and PENDING matches. */
export function generatedHistory(options: HistoryOptions): MatchRecord[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.size }, (_, i) => {
    const values = COMPONENT_NAMES.map((name) => DRAW[name](random));
    const logOdds = options.intercept + COMPONENT_NAMES.reduce((sum, name, j) => sum + (options.truth[name] ?? 0) * values[j]!, 0);
    const positive = random() < 1 / (1 + Math.exp(-logOdds));
    const pending = random() < (options.pendingShare ?? 0);
    const status: MatchStatus = pending ? 'PENDING' : positive ? 'MUTUAL' : 'DECLINED';
    const outcome = status === 'MUTUAL' ? pick(random, [undefined, 'MEETING_HELD', 'AGREEMENT_SIGNED'] as const) : undefined;
    return aMatchRecord({
      fromOrganizationId: `gen-${i}-from`,
      toOrganizationId: `gen-${i}-to`,
      status,
      ...(status === 'DECLINED' ? { declineReason: pick(random, ['NOT_RELEVANT', 'NO_CAPACITY', 'WRONG_REGION'] as const) } : {}),
      ...(outcome ? { outcome } : {}),
      fit: aFitSnapshot({
        seekerOrganizationId: `gen-${i}-from`,
        score: COMPONENT_NAMES.reduce((sum, name, j) => sum + COMPONENT_WEIGHTS[name] * values[j]!, 0),
        components: COMPONENT_NAMES.map((name, j) => ({ name, value: values[j]!, weight: COMPONENT_WEIGHTS[name] })),
      }),
    });
  });
}
