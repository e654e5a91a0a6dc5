import { describe, expect, it } from 'vitest';
import { requestForPosting, seekerOfPosting, type PostingForFit } from '../../../functions/core/fit/posting-request.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const owner = aMatchProfile({
  id: 'owner',
  offers: ['nev.electric-drive'],
  seeks: ['nev.battery-packs'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
  preferences: { countries: [], types: [], parks: ['p1'] },
});
const posting = (overrides: Partial<PostingForFit>): PostingForFit => ({
  id: 'post-1',
  ownerOrganizationId: 'owner',
  kind: 'TECHNOLOGY_REQUEST',
  segments: ['semi.power-semiconductors'],
  cooperationModes: ['JOINT_RND'],
  partnerTypes: ['UNIVERSITY'],
  partnerCountries: ['KR'],
  ...overrides,
});

describe('a posting as its owner’s request', () => {
  it('makes a request seek the posting’s segments, keeping what the owner offers', () => {
    const seeker = seekerOfPosting(owner, posting({}));
    expect(seeker).toMatchObject({ id: 'owner', offers: ['nev.electric-drive'], seeks: ['semi.power-semiconductors'], cooperationModes: ['JOINT_RND'] });
    expect(seeker.preferences).toEqual({ countries: ['KR'], types: ['UNIVERSITY'], parks: ['p1'] });
  });

  it('makes an offer offer the posting’s segments, at the posting’s maturity', () => {
    const seeker = seekerOfPosting(owner, posting({ kind: 'TECHNOLOGY_OFFER', maturity: 'LAB_TESTED' }));
    expect(seeker).toMatchObject({ offers: ['semi.power-semiconductors'], seeks: ['nev.battery-packs'], technology: { maturity: 'LAB_TESTED' } });
  });

  it('keeps the owner’s modes and preferences where the posting names none', () => {
    const seeker = seekerOfPosting(owner, posting({ cooperationModes: [], partnerTypes: [], partnerCountries: [] }));
    expect(seeker.cooperationModes).toEqual(['SUPPLY_AGREEMENT']);
    expect(seeker.preferences.countries).toEqual([]);
  });

  it('wants at least the stated maturity for a technology request only', () => {
    expect(requestForPosting(owner, posting({ maturity: 'AVAILABLE_FOR_DEMONSTRATION' })).wantedMaturity).toBe('AVAILABLE_FOR_DEMONSTRATION');
    expect(requestForPosting(owner, posting({ kind: 'TECHNOLOGY_OFFER', maturity: 'LAB_TESTED' })).wantedMaturity).toBeUndefined();
  });
});
