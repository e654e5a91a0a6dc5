import { describe, expect, it } from 'vitest';
import { crossBorderFit } from '../../../functions/core/fit/cross-border.js';
import { maturityFit } from '../../../functions/core/fit/maturity-fit.js';
import { modeOverlap } from '../../../functions/core/fit/mode-overlap.js';
import { partnerTypeFit } from '../../../functions/core/fit/partner-type-fit.js';
import { verificationFit } from '../../../functions/core/fit/verification.js';
import { FIRST_SHARED_MODE, MATURITY_SHORTFALL_PER_STAGE, NEUTRAL } from '../../../functions/core/fit/weights.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const firm = (id: string, country: 'CN' | 'KR' = 'CN') => aMatchProfile({ id, country });
const university = (id: string) => aMatchProfile({ id, type: 'UNIVERSITY' });

describe('mode overlap', () => {
  const seeker = aMatchProfile({ id: 's', cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_RND', 'INVESTMENT'] });

  it('is 0 when the candidate accepts none of the seeker’s modes', () => {
    expect(modeOverlap(seeker, aMatchProfile({ id: 'c', cooperationModes: ['DISTRIBUTION'] }), [])).toBe(0);
  });

  it('scores one shared mode at the first-shared value and all of them at 1', () => {
    expect(modeOverlap(seeker, aMatchProfile({ id: 'c', cooperationModes: ['JOINT_RND'] }), [])).toBeCloseTo(FIRST_SHARED_MODE);
    expect(
      modeOverlap(seeker, aMatchProfile({ id: 'c', cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_RND', 'INVESTMENT'] }), []),
    ).toBeCloseTo(1);
  });

  it('measures against the modes the search asked for, when it named some', () => {
    const candidate = aMatchProfile({ id: 'c', cooperationModes: ['JOINT_LAB'] });
    expect(modeOverlap(seeker, candidate, ['JOINT_LAB'])).toBeCloseTo(1);
  });

  it('is neutral when the candidate lists no modes (it is open to any)', () => {
    expect(modeOverlap(seeker, aMatchProfile({ id: 'c' }), [])).toBe(NEUTRAL);
  });
});

describe('partner-type fit', () => {
  it('favours enterprise ↔ university for joint R&D and enterprise ↔ enterprise for supply', () => {
    expect(partnerTypeFit(firm('a'), university('u'), ['JOINT_RND'])).toBe(1);
    expect(partnerTypeFit(firm('a'), firm('b'), ['JOINT_RND'])).toBeLessThan(1);
    expect(partnerTypeFit(firm('a'), firm('b'), ['SUPPLY_AGREEMENT'])).toBe(1);
    expect(partnerTypeFit(firm('a'), university('u'), ['SUPPLY_AGREEMENT'])).toBeLessThan(0.5);
  });

  it('takes the best mode in play', () => {
    expect(partnerTypeFit(firm('a'), university('u'), ['SUPPLY_AGREEMENT', 'TECHNOLOGY_LICENSING'])).toBe(1);
  });

  it('falls back to the seeker’s own modes when none is shared, and is neutral without any', () => {
    const seeker = aMatchProfile({ id: 'a', cooperationModes: ['CONTRACT_MANUFACTURING'] });
    expect(partnerTypeFit(seeker, firm('b'), [])).toBe(1);
    expect(partnerTypeFit(firm('a'), firm('b'), [])).toBe(NEUTRAL);
  });
});

describe('cross-border', () => {
  it('favours China-ROK pairs by default', () => {
    expect(crossBorderFit(firm('a', 'CN'), firm('b', 'KR'), true)).toBe(1);
    expect(crossBorderFit(firm('a', 'CN'), firm('b', 'CN'), true)).toBe(0);
  });

  it('is neutral for every pair when the search turns the preference off', () => {
    expect(crossBorderFit(firm('a', 'CN'), firm('b', 'KR'), false)).toBe(NEUTRAL);
    expect(crossBorderFit(firm('a', 'CN'), firm('b', 'CN'), false)).toBe(NEUTRAL);
  });
});

describe('technology maturity fit', () => {
  const withMaturity = (maturity: 'LAB_TESTED' | 'ON_THE_MARKET') => aMatchProfile({ id: 'c', technology: { maturity } });

  it('is 1 when the technology is at least as mature as wanted', () => {
    expect(maturityFit(withMaturity('ON_THE_MARKET'), 'LAB_TESTED')).toBe(1);
  });

  it('loses a fixed amount per stage short of what is wanted', () => {
    expect(maturityFit(withMaturity('LAB_TESTED'), 'ON_THE_MARKET')).toBeCloseTo(1 - 2 * MATURITY_SHORTFALL_PER_STAGE);
  });

  it('is neutral when nothing is wanted or the candidate did not say', () => {
    expect(maturityFit(withMaturity('LAB_TESTED'), undefined)).toBe(NEUTRAL);
    expect(maturityFit(aMatchProfile({ id: 'c' }), 'LAB_TESTED')).toBe(NEUTRAL);
  });
});

describe('verification', () => {
  it('puts verified profiles before unverified ones', () => {
    expect(verificationFit(aMatchProfile({ id: 'v', verification: 'VERIFIED' }))).toBe(1);
    expect(verificationFit(aMatchProfile({ id: 'u' }))).toBe(0);
  });
});
