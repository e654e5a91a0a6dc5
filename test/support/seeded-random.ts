/**
 * A seeded pseudo-random generator for generated fixtures and benchmark data:
 * the same seed gives the same sequence, so generated histories, events and
 * organizations are repeatable.
 */

/** mulberry32: a small, fast, seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `values`, drawn with `random`. */
export const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
