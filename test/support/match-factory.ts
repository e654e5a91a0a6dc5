/**
 * Small factories for match records and fit snapshots in tests.
 */
import type { MatchFitSnapshot, MatchRecord } from '../../functions/core/match/match-record.js';
import { matchIdentity, matchIdOf } from '../../functions/core/match/match-identity.js';

export function aFitSnapshot(overrides: Partial<MatchFitSnapshot> = {}): MatchFitSnapshot {
  return {
    score: 0.72,
    seekerOrganizationId: 'org-a',
    components: [{ name: 'reciprocalChainFit', value: 0.9, weight: 0.5 }],
    reasons: [
      {
        kind: 'SUPPLY',
        direction: 'CANDIDATE_SUPPLIES_SEEKER',
        seekerSegment: 'nev.electric-drive',
        candidateSegment: 'nev.power-semiconductors',
        strength: 0.8,
        serves: 'BOTH',
      },
    ],
    computedAt: '2026-01-01T00:00:00.000Z',
    modelVersion: '2026.11.1',
    ...overrides,
  };
}

/** A PENDING match from org-a to org-b created at 2026-01-01. */
export function aMatchRecord(overrides: Partial<MatchRecord> = {}): MatchRecord {
  const from = overrides.fromOrganizationId ?? 'org-a';
  const to = overrides.toOrganizationId ?? 'org-b';
  const createdAt = '2026-01-01T00:00:00.000Z';
  return {
    id: matchIdOf(matchIdentity(from, to, overrides.collaborationId)),
    fromOrganizationId: from,
    toOrganizationId: to,
    status: 'PENDING',
    fit: aFitSnapshot(),
    messages: [{ kind: 'INTEREST', fromOrganizationId: from, text: 'We would like to supply you', sentAt: createdAt }],
    createdAt,
    updatedAt: createdAt,
    version: 1,
    ...overrides,
  };
}
