import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reciprocalFit } from '../../../functions/core/fit/reciprocity.js';
import { RECIPROCITY_SMOOTHING } from '../../../functions/core/fit/weights.js';

describe('reciprocal fit (smoothed harmonic mean)', () => {
  it('equals the common value when both directions are equal', () => {
    expect(reciprocalFit(0.8, 0.8)).toBeCloseTo(0.8);
    expect(reciprocalFit(1, 1)).toBeCloseTo(1);
    expect(reciprocalFit(0, 0)).toBe(0);
  });

  it('keeps a fully one-sided fit small but above zero, unlike the pure harmonic mean', () => {
    const oneSided = reciprocalFit(1, 0);
    expect(oneSided).toBeCloseTo(RECIPROCITY_SMOOTHING / (1 + 2 * RECIPROCITY_SMOOTHING));
    expect(oneSided).toBeGreaterThan(0);
    expect(oneSided).toBeLessThan(0.2);
    expect(reciprocalFit(1, 0, 0)).toBe(0);
  });

  it('ranks a moderate two-sided fit above a strong one-sided one', () => {
    expect(reciprocalFit(0.4, 0.4)).toBeGreaterThan(reciprocalFit(1, 0.1));
  });

  it('is symmetric, stays in [0, 1] and never exceeds the arithmetic mean', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (f, r) => {
        const value = reciprocalFit(f, r);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(value).toBeCloseTo(reciprocalFit(r, f), 12);
        expect(value).toBeLessThanOrEqual((f + r) / 2 + 1e-12);
      }),
    );
  });

  it('grows with either direction', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (f, r) => {
        expect(reciprocalFit(f + 0.1, r)).toBeGreaterThanOrEqual(reciprocalFit(f, r));
      }),
    );
  });
});
