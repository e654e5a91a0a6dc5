/**
 * Small factories for the fit model's tests: match profiles and fit requests.
 */
import type { MatchProfile } from '../../functions/core/match-profile.js';
import type { FitRequest } from '../../functions/core/fit/fit-request.js';

/** An unverified Chinese enterprise with no segments, modes or preferences, unless overridden. */
export function aMatchProfile(overrides: Partial<MatchProfile> & { id: string }): MatchProfile {
  return {
    type: 'ENTERPRISE',
    country: 'CN',
    verification: 'UNVERIFIED',
    name: { en: overrides.id },
    offers: [],
    seeks: [],
    cooperationModes: [],
    preferences: { countries: [], types: [], parks: [] },
    technology: {},
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A search for `seeker` with no mode filter and the default China-ROK preference. */
export function aFitRequest(seeker: MatchProfile, overrides: Partial<FitRequest> = {}): FitRequest {
  return { seeker, modes: [], crossBorderPreferred: true, ...overrides };
}
