import { describe, expect, it } from 'vitest';
import { domainEventsOf } from '../../../functions/core/notifications/domain-events.js';
import { aMatchRecord } from '../../support/match-factory.js';
import { anOrganization } from '../../support/organization-factory.js';

const pending = aMatchRecord();
const later = '2026-01-02T00:00:00.000Z';
const summary = (events: ReturnType<typeof domainEventsOf>) =>
  events.map((event) => [event.kind, event.recipient.organizationId, event.relatedOrganizationId]);

describe('domain events of a match change', () => {
  it('tells the receiver of a new expression of interest', () => {
    expect(summary(domainEventsOf({ entity: 'MATCH', after: pending }))).toEqual([['INTEREST_RECEIVED', 'org-b', 'org-a']]);
  });

  it('tells the sender of the acceptance and the receiver of the mutual match', () => {
    const mutual = { ...pending, status: 'MUTUAL' as const, updatedAt: later, version: 2 };
    const events = domainEventsOf({ entity: 'MATCH', before: pending, after: mutual });
    expect(summary(events)).toEqual([
      ['INTEREST_ACCEPTED', 'org-a', 'org-b'],
      ['MATCH_MUTUAL', 'org-b', 'org-a'],
    ]);
    expect(events.every((event) => event.occurredAt === later && event.matchId === pending.id)).toBe(true);
  });

  it('tells the sender of a decline with its reason', () => {
    const declined = { ...pending, status: 'DECLINED' as const, declineReason: 'WRONG_REGION' as const, updatedAt: later };
    expect(domainEventsOf({ entity: 'MATCH', before: pending, after: declined })).toEqual([
      expect.objectContaining({ kind: 'INTEREST_DECLINED', recipient: { organizationId: 'org-a' }, declineReason: 'WRONG_REGION' }),
    ]);
  });

  it('tells the receiver of a withdrawal', () => {
    const withdrawn = { ...pending, status: 'WITHDRAWN' as const, updatedAt: later };
    expect(summary(domainEventsOf({ entity: 'MATCH', before: pending, after: withdrawn }))).toEqual([
      ['INTEREST_WITHDRAWN', 'org-b', 'org-a'],
    ]);
  });

  it('tells both parties of a newly recorded outcome, and not again when something else changes', () => {
    const mutual = { ...pending, status: 'MUTUAL' as const, version: 2 };
    const met = { ...mutual, outcome: 'MEETING_HELD' as const, version: 3 };
    expect(summary(domainEventsOf({ entity: 'MATCH', before: mutual, after: met }))).toEqual([
      ['OUTCOME_RECORDED', 'org-a', 'org-b'],
      ['OUTCOME_RECORDED', 'org-b', 'org-a'],
    ]);
    expect(domainEventsOf({ entity: 'MATCH', before: met, after: { ...met, version: 4 } })).toEqual([]);
  });

  it('gives nothing for a rewrite without a transition or for a deletion', () => {
    expect(domainEventsOf({ entity: 'MATCH', before: pending, after: { ...pending, version: 2 } })).toEqual([]);
    expect(domainEventsOf({ entity: 'MATCH', before: pending })).toEqual([]);
  });
});

describe('domain events of an organization change', () => {
  const organization = anOrganization({ id: 'org-v', verification: 'UNVERIFIED' });

  it('tells the organization it was verified or suspended', () => {
    expect(
      summary(domainEventsOf({ entity: 'ORGANIZATION', before: organization, after: { ...organization, verification: 'VERIFIED' } })),
    ).toEqual([['ORGANIZATION_VERIFIED', 'org-v', 'org-v']]);
    expect(
      summary(domainEventsOf({ entity: 'ORGANIZATION', before: organization, after: { ...organization, verification: 'SUSPENDED' } })),
    ).toEqual([['ORGANIZATION_SUSPENDED', 'org-v', 'org-v']]);
  });

  it('gives nothing for a registration, a profile edit or a return to UNVERIFIED', () => {
    expect(domainEventsOf({ entity: 'ORGANIZATION', after: organization })).toEqual([]);
    expect(domainEventsOf({ entity: 'ORGANIZATION', before: organization, after: { ...organization, keywords: ['igbt'] } })).toEqual([]);
    const verified = { ...organization, verification: 'VERIFIED' as const };
    expect(domainEventsOf({ entity: 'ORGANIZATION', before: verified, after: organization })).toEqual([]);
  });
});
