import { describe, expect, it } from 'vitest';
import {
  expressInterestProblems,
  outcomeProblems,
  startingCollaborationProblems,
  respondProblems,
  senderProblems,
} from '../../../functions/core/match/match-validation.js';
import { MATCH_TEXT_LIMITS } from '../../../functions/core/match/match-record.js';
import type { Collaboration } from '../../../functions/core/collaboration.js';

const NOW = new Date('2026-03-01T00:00:00Z');

function aCollaboration(overrides: Partial<Collaboration> = {}): Collaboration {
  return {
    id: 'post-1',
    ownerOrganizationId: 'org-b',
    kind: 'TECHNOLOGY_REQUEST',
    title: { en: 'IGBT modules wanted' },
    summary: { en: 'For 800 V drives' },
    segments: ['nev.power-electronics'],
    cooperationModes: ['SUPPLY_AGREEMENT'],
    partnerTypes: [],
    partnerCountries: [],
    expiresAt: '2026-12-31T00:00:00Z',
    status: 'OPEN',
    openForInterest: true,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('expressing interest', () => {
  it('accepts a note to another organization', () => {
    expect(expressInterestProblems({ fromOrganizationId: 'org-a', toOrganizationId: 'org-b', message: 'Hello' })).toEqual([]);
  });

  it('refuses interest in oneself', () => {
    expect(paths(expressInterestProblems({ fromOrganizationId: 'org-a', toOrganizationId: 'org-a', message: 'Hi' }))).toEqual([
      'input.toOrganizationId',
    ]);
  });

  it('refuses a blank note and one over the limit', () => {
    expect(paths(expressInterestProblems({ fromOrganizationId: 'a', toOrganizationId: 'b', message: '   ' }))).toEqual(['input.message']);
    const long = 'x'.repeat(MATCH_TEXT_LIMITS.interestMessage.max + 1);
    expect(paths(expressInterestProblems({ fromOrganizationId: 'a', toOrganizationId: 'b', message: long }))).toEqual(['input.message']);
  });

  it('counts characters, not UTF-16 units, so a Korean or Chinese note gets the full limit', () => {
    const hangul = '협'.repeat(MATCH_TEXT_LIMITS.interestMessage.max);
    const emoji = '🤝'.repeat(MATCH_TEXT_LIMITS.interestMessage.max);
    expect(expressInterestProblems({ fromOrganizationId: 'a', toOrganizationId: 'b', message: hangul })).toEqual([]);
    expect(expressInterestProblems({ fromOrganizationId: 'a', toOrganizationId: 'b', message: emoji })).toEqual([]);
  });

  it('refuses interest from a suspended organization', () => {
    expect(paths(senderProblems({ verification: 'SUSPENDED' }))).toEqual(['input.fromOrganizationId']);
    expect(senderProblems({ verification: 'UNVERIFIED' })).toEqual([]);
  });
});

describe('a collaboration a match starts from', () => {
  it('must belong to one of the two organizations', () => {
    expect(paths(startingCollaborationProblems(aCollaboration({ ownerOrganizationId: 'org-c' }), ['org-a', 'org-b'], NOW))).toEqual([
      'input.collaborationId',
    ]);
  });

  it.each([
    ['closed', { status: 'CLOSED' as const }],
    ['past its expiry', { expiresAt: '2026-02-01T00:00:00Z' }],
    ['closed for interest', { openForInterest: false }],
  ])('must not be %s', (_why, overrides) => {
    expect(paths(startingCollaborationProblems(aCollaboration(overrides), ['org-a', 'org-b'], NOW))).toEqual(['input.collaborationId']);
  });

  it('may be an open collaboration of either party', () => {
    expect(startingCollaborationProblems(aCollaboration(), ['org-a', 'org-b'], NOW)).toEqual([]);
    expect(startingCollaborationProblems(aCollaboration({ ownerOrganizationId: 'org-a' }), ['org-a', 'org-b'], NOW)).toEqual([]);
  });
});

describe('responding to interest', () => {
  it('requires a reason to decline', () => {
    expect(paths(respondProblems({ response: 'DECLINE' }))).toEqual(['input.declineReason']);
    expect(respondProblems({ response: 'DECLINE', declineReason: 'WRONG_REGION' })).toEqual([]);
  });

  it('refuses a decline reason on an acceptance', () => {
    expect(paths(respondProblems({ response: 'ACCEPT', declineReason: 'OTHER' }))).toEqual(['input.declineReason']);
  });

  it('limits the note', () => {
    const long = 'x'.repeat(MATCH_TEXT_LIMITS.responseMessage.max + 1);
    expect(paths(respondProblems({ response: 'ACCEPT', message: long }))).toEqual(['input.message']);
  });
});

describe('recording an outcome', () => {
  it('requires the agreement type with a signed agreement, and only then', () => {
    expect(paths(outcomeProblems({ outcome: 'AGREEMENT_SIGNED' }))).toEqual(['input.agreementType']);
    expect(outcomeProblems({ outcome: 'AGREEMENT_SIGNED', agreementType: 'LICENSING' })).toEqual([]);
    expect(paths(outcomeProblems({ outcome: 'NO_DEAL', agreementType: 'LICENSING' }))).toEqual(['input.agreementType']);
  });
});
