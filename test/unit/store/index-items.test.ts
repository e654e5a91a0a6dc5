import { describe, expect, it } from 'vitest';
import { organizationIndexItems } from '../../../functions/store/items/organization-index-items.js';
import { collaborationIndexItems } from '../../../functions/store/items/collaboration-index-items.js';
import { matchProfileOf } from '../../../functions/core/match-profile.js';
import { anOrganization, aCollaboration, NOW } from '../../support/organization-factory.js';

describe('organization index items', () => {
  it('indexes an unverified organization in tier 2 under every offered and sought segment', () => {
    const org = anOrganization({
      offers: [{ segmentId: 'semi.power-semiconductors' }],
      seeks: ['nev.electric-drive', 'nev.motor-controllers'],
    });
    expect(organizationIndexItems(org).map(({ pk, sk }) => `${pk} ${sk}`)).toEqual([
      'SEGMENT#semi.power-semiconductors OFFERS#2#org-hanbit',
      'SEGMENT#nev.electric-drive SEEKS#2#org-hanbit',
      'SEGMENT#nev.motor-controllers SEEKS#2#org-hanbit',
    ]);
  });

  it('puts verified organizations in tier 1, so they are read first', () => {
    const items = organizationIndexItems(anOrganization({ verification: 'VERIFIED' }));
    expect(items.every((item) => item.sk.includes('#1#'))).toBe(true);
  });

  it('gives a suspended organization no index items', () => {
    expect(organizationIndexItems(anOrganization({ verification: 'SUSPENDED' }))).toEqual([]);
  });

  it('carries the match profile of the organization', () => {
    const org = anOrganization();
    expect(organizationIndexItems(org)[0]?.profile).toEqual(matchProfileOf(org));
  });
});

describe('open collaboration index items', () => {
  it('indexes an open collaboration under each segment with ttl at its expiry', () => {
    const collaboration = aCollaboration({ segments: ['semi.power-semiconductors', 'nev.electric-drive'] });
    const items = collaborationIndexItems(collaboration, NOW);
    expect(items.map(({ pk, sk }) => `${pk} ${sk}`)).toEqual([
      'SEGMENT#semi.power-semiconductors OPEN#col-sic',
      'SEGMENT#nev.electric-drive OPEN#col-sic',
    ]);
    expect(items[0]?.ttl).toBe(Math.floor(Date.parse(collaboration.expiresAt) / 1000));
    expect(items[0]?.collaboration).toMatchObject({
      id: 'col-sic',
      ownerOrganizationId: 'org-hanbit',
      kind: 'TECHNOLOGY_OFFER',
      openForInterest: true,
    });
  });

  it('gives closed, expired and closed-for-interest collaborations no index items', () => {
    expect(collaborationIndexItems(aCollaboration({ status: 'CLOSED' }), NOW)).toEqual([]);
    expect(collaborationIndexItems(aCollaboration({ openForInterest: false }), NOW)).toEqual([]);
    expect(collaborationIndexItems(aCollaboration({ expiresAt: '2026-05-31T00:00:00.000Z' }), NOW)).toEqual([]);
  });
});
