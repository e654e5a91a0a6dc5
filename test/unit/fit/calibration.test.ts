import { describe, expect, it } from 'vitest';
import { calibrate, isHeldApart, labelOf, renderCalibrationReport } from '../../../functions/core/fit/calibration/calibration.js';
import { fitLogistic, predict } from '../../../functions/core/fit/calibration/logistic-regression.js';
import { rankingAuc } from '../../../functions/core/fit/calibration/ranking-auc.js';
import { COMPONENT_NAMES, COMPONENT_WEIGHTS } from '../../../functions/core/fit/weights.js';
import { aMatchRecord } from '../../support/match-factory.js';
import { generatedHistory } from '../../support/match-history-generator.js';
import { seededRandom } from '../../support/seeded-random.js';

/** Outcomes that depend on the China-ROK pairing far more than the current weights say. */
const CROSS_BORDER_HISTORY = { size: 1200, seed: 7, intercept: -4, truth: { reciprocalChainFit: 3, crossBorder: 3, modeOverlap: 1.5 } };

describe('ranking AUC', () => {
  it('is 1 for a perfect order, 0 for a reversed one and 0.5 when every score ties', () => {
    expect(rankingAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rankingAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rankingAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('is undefined without both positives and negatives', () => {
    expect(rankingAuc([0.1, 0.2], [1, 1])).toBeUndefined();
  });
});

describe('regularized logistic regression', () => {
  it('recovers the coefficients that generated the labels', () => {
    const random = seededRandom(1);
    const examples = Array.from({ length: 4000 }, () => {
      const features = [random(), random()];
      const p = 1 / (1 + Math.exp(-(-1 + 3 * features[0]! - 2 * features[1]!)));
      const label: 0 | 1 = random() < p ? 1 : 0;
      return { features, label };
    });
    const model = fitLogistic(examples, { l2: 0.01, maxIterations: 50, tolerance: 1e-10 });
    expect(model.coefficients[0]).toBeCloseTo(3, 0);
    expect(model.coefficients[1]).toBeCloseTo(-2, 0);
    expect(model.intercept).toBeCloseTo(-1, 0);
    expect(predict(model, [1, 0])).toBeGreaterThan(predict(model, [0, 1]));
  });

  it('shrinks coefficients as the penalty grows', () => {
    const examples = generatedHistory({ ...CROSS_BORDER_HISTORY, size: 300 }).map((r) => ({
      features: r.fit!.components.map((c) => c.value),
      label: labelOf(r) ?? 0,
    }));
    const size = (l2: number) =>
      fitLogistic(examples, { l2, maxIterations: 50, tolerance: 1e-10 }).coefficients.reduce((s, c) => s + c * c, 0);
    expect(size(100)).toBeLessThan(size(1));
  });
});

describe('calibration from recorded outcomes', () => {
  it('counts MUTUAL (with or without a meeting or agreement) as positive, DECLINED as negative, and leaves the rest out', () => {
    expect(labelOf(aMatchRecord({ status: 'MUTUAL', outcome: 'AGREEMENT_SIGNED' }))).toBe(1);
    expect(labelOf(aMatchRecord({ status: 'MUTUAL', outcome: 'MEETING_HELD' }))).toBe(1);
    expect(labelOf(aMatchRecord({ status: 'MUTUAL' }))).toBe(1);
    expect(labelOf(aMatchRecord({ status: 'DECLINED', declineReason: 'NOT_RELEVANT' }))).toBe(0);
    expect(labelOf(aMatchRecord({ status: 'MUTUAL', outcome: 'NO_DEAL' }))).toBeUndefined();
    expect(labelOf(aMatchRecord({ status: 'PENDING' }))).toBeUndefined();
    expect(labelOf(aMatchRecord({ status: 'WITHDRAWN' }))).toBeUndefined();
  });

  it('holds apart a stable quarter of the matches, also of ids that share long prefixes and suffixes', () => {
    const ids = generatedHistory({ ...CROSS_BORDER_HISTORY, size: 4000 }).map((r) => r.id);
    const share = ids.filter(isHeldApart).length / ids.length;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.28);
    expect(ids.filter(isHeldApart)).toEqual(ids.filter(isHeldApart));
  });

  it('finds that the China-ROK pairing matters more than the current weights say, and ranks held-apart outcomes better for it', () => {
    const report = calibrate(generatedHistory(CROSS_BORDER_HISTORY));
    const fitted = Object.fromEntries(report.components.map((c) => [c.name, c.fitted]));
    expect(fitted.crossBorder).toBeGreaterThan(COMPONENT_WEIGHTS.crossBorder * 2);
    expect(fitted.verification).toBeLessThan(0.1);
    expect(report.components.reduce((s, c) => s + c.fitted, 0)).toBeCloseTo(1, 9);
    expect(report.auc.fitted!).toBeGreaterThan(report.auc.current!);
  });

  it('prints fitted weights next to the current ones, with both AUCs, and says nothing was changed', () => {
    const text = renderCalibrationReport(calibrate(generatedHistory({ ...CROSS_BORDER_HISTORY, size: 400 })));
    for (const name of COMPONENT_NAMES)
      expect(text).toMatch(new RegExp(`\\| ${name} \\| ${COMPONENT_WEIGHTS[name].toFixed(2)} \\| \\d\\.\\d{3} \\|`));
    expect(text).toMatch(/AUC on the held-apart matches: current weights \d\.\d{3}, fitted weights \d\.\d{3}\./);
    expect(text).toContain('Nothing was changed');
    expect(text).not.toContain('Caution');
  });

  it('warns when there are too few decided matches to trust the fit', () => {
    expect(renderCalibrationReport(calibrate(generatedHistory({ ...CROSS_BORDER_HISTORY, size: 40 })))).toContain(
      'Caution: fewer than 100 decided matches',
    );
  });
});
