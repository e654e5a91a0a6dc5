import { describe, expect, it } from 'vitest';
import { organizationIndexItems } from '../../../functions/store/items/organization-index-items.js';
import { collaborationIndexItems } from '../../../functions/store/items/collaboration-index-items.js';
import { matchProfileOf } from '../../../functions/core/match-profile.js';
import { candidateQuality, MAX_CANDIDATE_QUALITY } from '../../../functions/core/fit/candidate-quality.js';
import { anOrganization, aCollaboration, NOW } from '../../support/organization-factory.js';

describe('organization index items', () => {
  it('indexes an organization under every offered and sought segment, in the sub-partition of its country and type group', () => {
    const org = anOrganization({
      offers: [{ segmentId: 'semi.power-semiconductors' }],
      seeks: ['nev.electric-drive', 'nev.motor-controllers'],
    });
    const rank = String(MAX_CANDIDATE_QUALITY - candidateQuality(matchProfileOf(org))).padStart(3, '0');
    expect(organizationIndexItems(org).map(({ pk, sk }) => `${pk} ${sk}`)).toEqual([
      `CANDIDATES#OFFERS#semi.power-semiconductors#${org.country}#${org.type === 'ENTERPRISE' ? 'ENTERPRISE' : 'RESEARCH'} ${rank}#org-hanbit`,
      `CANDIDATES#SEEKS#nev.electric-drive#${org.country}#${org.type === 'ENTERPRISE' ? 'ENTERPRISE' : 'RESEARCH'} ${rank}#org-hanbit`,
      `CANDIDATES#SEEKS#nev.motor-controllers#${org.country}#${org.type === 'ENTERPRISE' ? 'ENTERPRISE' : 'RESEARCH'} ${rank}#org-hanbit`,
    ]);
  });

  it('sorts a verified organization, and one open to more cooperation modes, before an otherwise equal one', () => {
    const skOf = (org: ReturnType<typeof anOrganization>) => organizationIndexItems(org)[0]!.sk;
    const plain = anOrganization({ verification: 'UNVERIFIED', cooperationModes: ['JOINT_RND'] });
    expect(skOf({ ...plain, verification: 'VERIFIED' }) < skOf(plain)).toBe(true);
    expect(skOf({ ...plain, cooperationModes: ['JOINT_RND', 'JOINT_LAB'] }) < skOf(plain)).toBe(true);
    expect(organizationIndexItems({ ...plain, country: 'CN', type: 'UNIVERSITY' })[0]!.pk).toMatch(/#CN#RESEARCH$/);
  });

  it('gives a suspended organization no index items', () => {
    expect(organizationIndexItems(anOrganization({ verification: 'SUSPENDED' }))).toEqual([]);
  });

  it('carries the match profile of the organization, as JSON text', () => {
    const org = anOrganization();
    expect(JSON.parse(organizationIndexItems(org)[0]?.profile as string)).toEqual(matchProfileOf(org));
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
