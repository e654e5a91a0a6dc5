/**
 * Calibration of the component weights from the zone's own outcomes, as a
 * tool: recorded matches become examples (the component values frozen on the
 * match, labelled by what came of it), a regularized logistic regression is
 * fitted on three quarters of them, and both the fitted weights and the
 * current ones are scored on the held-apart quarter by AUC. Nothing changes:
 * the zone reads the report and decides whether to adopt the weights
 * (functions/core/fit/weights.ts, docs/matching.md).
 */
import type { MatchRecord } from '../../match/match-record.js';
import { COMPONENT_NAMES, COMPONENT_WEIGHTS, NEUTRAL, type ComponentName } from '../weights.js';
import { DEFAULT_FIT_OPTIONS, fitLogistic, predict, type Example, type FitOptions } from './logistic-regression.js';
import { rankingAuc } from './ranking-auc.js';

/**
 * What a match teaches: positive when both sides wanted it (MUTUAL, also with
 * a meeting held or an agreement signed), negative when declined; pending and
 * withdrawn matches, and mutual ones that ended in NO_DEAL, are left out
 * (undecided, or ambiguous about the fit).
 */
export function labelOf(record: MatchRecord): 0 | 1 | undefined {
  if (record.status === 'DECLINED') return 0;
  if (record.status === 'MUTUAL' && record.outcome !== 'NO_DEAL') return 1;
  return undefined;
}

/** The frozen component values of a match, in COMPONENT_NAMES order (a component the snapshot lacks is neutral). */
export function featuresOf(record: MatchRecord): number[] | undefined {
  if (!record.fit) return undefined;
  const values = new Map(record.fit.components.map((c) => [c.name, c.value]));
  return COMPONENT_NAMES.map((name) => values.get(name) ?? NEUTRAL);
}

/**
 * Held apart for evaluation: a stable quarter of the matches, by a hash of the
 * id, so reruns agree. FNV-1a, then murmur3's finalizer: FNV's low bits alone
 * depend only on the characters' low bits, and ids share long suffixes.
 */
export function isHeldApart(matchId: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < matchId.length; i++) hash = Math.imul(hash ^ matchId.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) % 4 === 0;
}

export interface ComponentCalibration {
  name: ComponentName;
  current: number;
  /** The fitted coefficient's positive part, normalized so the fitted weights sum to 1 like the current ones. */
  fitted: number;
  /** The raw logistic coefficient (log-odds per unit of the component). */
  coefficient: number;
}

export interface CalibrationReport {
  training: { examples: number; positives: number };
  heldApart: { examples: number; positives: number };
  l2: number;
  components: ComponentCalibration[];
  /** AUC on the held-apart matches; undefined when they lack positives or negatives. */
  auc: { current?: number; fitted?: number };
}

const currentScore = (features: readonly number[]) =>
  COMPONENT_NAMES.reduce((sum, name, j) => sum + COMPONENT_WEIGHTS[name] * (features[j] ?? 0), 0);

/** Fits and evaluates; pure (the records come from wherever the caller read them). */
export function calibrate(records: readonly MatchRecord[], options: FitOptions = DEFAULT_FIT_OPTIONS): CalibrationReport {
  const labelled = records.flatMap((record) => {
    const label = labelOf(record);
    const features = featuresOf(record);
    return label === undefined || !features ? [] : [{ id: record.id, example: { features, label } satisfies Example }];
  });
  const training = labelled.filter((e) => !isHeldApart(e.id)).map((e) => e.example);
  const heldApart = labelled.filter((e) => isHeldApart(e.id)).map((e) => e.example);
  const model = fitLogistic(training, options);
  const positive = model.coefficients.map((c) => Math.max(0, c));
  const total = positive.reduce((a, b) => a + b, 0);
  const labels = heldApart.map((e) => e.label);
  return {
    training: { examples: training.length, positives: training.filter((e) => e.label === 1).length },
    heldApart: { examples: heldApart.length, positives: labels.filter((l) => l === 1).length },
    l2: options.l2,
    components: COMPONENT_NAMES.map((name, j) => ({
      name,
      current: COMPONENT_WEIGHTS[name],
      fitted: total > 0 ? (positive[j] ?? 0) / total : 0,
      coefficient: model.coefficients[j] ?? 0,
    })),
    auc: {
      ...optional(
        'current',
        rankingAuc(
          heldApart.map((e) => currentScore(e.features)),
          labels,
        ),
      ),
      ...optional(
        'fitted',
        rankingAuc(
          heldApart.map((e) => predict(model, e.features)),
          labels,
        ),
      ),
    },
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

const fixed = (value: number | undefined, digits = 3) => (value === undefined ? 'n/a' : value.toFixed(digits));

/** Fewer decided matches than this to fit on, and the fitted weights say little: the report says so. */
export const MIN_EXAMPLES_TO_TRUST = 100;

/** The report as the calibrate command prints it. */
export function renderCalibrationReport(report: CalibrationReport): string {
  const rows = report.components.map((c) => `| ${c.name} | ${fixed(c.current, 2)} | ${fixed(c.fitted)} | ${c.coefficient.toFixed(3)} |`);
  return [
    `Matches with an outcome: ${report.training.examples} for fitting (${report.training.positives} positive), ${report.heldApart.examples} held apart (${report.heldApart.positives} positive); L2 penalty ${report.l2}.`,
    '',
    '| component | current weight | fitted weight | coefficient |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    `AUC on the held-apart matches: current weights ${fixed(report.auc.current)}, fitted weights ${fixed(report.auc.fitted)}.`,
    ...(report.training.examples < MIN_EXAMPLES_TO_TRUST
      ? [`Caution: fewer than ${MIN_EXAMPLES_TO_TRUST} decided matches to fit on; the fitted weights are not meaningful yet.`]
      : []),
    'Nothing was changed: to adopt the fitted weights, edit functions/core/fit/weights.ts and docs/matching.md.',
  ].join('\n');
}
