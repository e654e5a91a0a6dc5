/**
 * Reciprocity: combines forward fit (the candidate serves the seeker) and
 * reverse fit (the seeker serves the candidate) so one-sided matches rank low.
 *
 * Reciprocal recommender systems combine the two directions with the harmonic
 * mean, which is dominated by the weaker side. The pure harmonic mean is 0 as
 * soon as one side is 0, which would make a one-sided fit indistinguishable
 * from no fit at all. We use a smoothed harmonic mean instead: shift both
 * sides by ε, take the harmonic mean, shift back. It is still dominated by the
 * weaker side, equals the plain value when both sides are equal, maps [0,1]²
 * onto [0,1], and keeps a fully one-sided fit small but above zero
 * (ε / (1 + 2ε) ≈ 0.17 for ε = 0.25).
 */
import { RECIPROCITY_SMOOTHING } from './weights.js';

/** Smoothed harmonic mean of the two directions, in [0, 1]; 0 only when both are 0. */
export function reciprocalFit(forward: number, reverse: number, smoothing: number = RECIPROCITY_SMOOTHING): number {
  const f = forward + smoothing;
  const r = reverse + smoothing;
  const value = (2 * f * r) / (f + r) - smoothing;
  return Math.min(1, Math.max(0, value));
}
