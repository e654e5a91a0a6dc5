import { describe, expect, it } from 'vitest';
import {
  requestForCollaboration,
  seekerOfCollaboration,
  type CollaborationForFit,
} from '../../../functions/core/fit/collaboration-request.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const owner = aMatchProfile({
  id: 'owner',
  offers: ['nev.electric-drive'],
  seeks: ['nev.battery-packs'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
  preferences: { countries: [], types: [], parks: ['p1'] },
});
const collaboration = (overrides: Partial<CollaborationForFit>): CollaborationForFit => ({
  id: 'post-1',
  ownerOrganizationId: 'owner',
  kind: 'TECHNOLOGY_REQUEST',
  segments: ['semi.power-semiconductors'],
  cooperationModes: ['JOINT_RND'],
  partnerTypes: ['UNIVERSITY'],
  partnerCountries: ['KR'],
  ...overrides,
});

describe('a collaboration as its owner’s request', () => {
  it('makes a request seek the collaboration’s segments, keeping what the owner offers', () => {
    const seeker = seekerOfCollaboration(owner, collaboration({}));
    expect(seeker).toMatchObject({
      id: 'owner',
      offers: ['nev.electric-drive'],
      seeks: ['semi.power-semiconductors'],
      cooperationModes: ['JOINT_RND'],
    });
    expect(seeker.preferences).toEqual({ countries: ['KR'], types: ['UNIVERSITY'], parks: ['p1'] });
  });

  it('makes an offer offer the collaboration’s segments, at the collaboration’s maturity', () => {
    const seeker = seekerOfCollaboration(owner, collaboration({ kind: 'TECHNOLOGY_OFFER', maturity: 'LAB_TESTED' }));
    expect(seeker).toMatchObject({
      offers: ['semi.power-semiconductors'],
      seeks: ['nev.battery-packs'],
      technology: { maturity: 'LAB_TESTED' },
    });
  });

  it('keeps the owner’s modes and preferences where the collaboration names none', () => {
    const seeker = seekerOfCollaboration(owner, collaboration({ cooperationModes: [], partnerTypes: [], partnerCountries: [] }));
    expect(seeker.cooperationModes).toEqual(['SUPPLY_AGREEMENT']);
    expect(seeker.preferences.countries).toEqual([]);
  });

  it('wants at least the stated maturity for a technology request only', () => {
    expect(requestForCollaboration(owner, collaboration({ maturity: 'AVAILABLE_FOR_DEMONSTRATION' })).wantedMaturity).toBe(
      'AVAILABLE_FOR_DEMONSTRATION',
    );
    expect(
      requestForCollaboration(owner, collaboration({ kind: 'TECHNOLOGY_OFFER', maturity: 'LAB_TESTED' })).wantedMaturity,
    ).toBeUndefined();
  });
});
