import { describe, expect, it } from 'vitest';
import { collaborationProblems } from '../../../functions/core/validation/collaboration-rules.js';
import { idempotencyKeyProblems } from '../../../functions/core/validation/idempotency-key.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import type { CollaborationDraft } from '../../../functions/core/collaboration-draft.js';
import { aCollaborationDraft, NOW } from '../../support/organization-factory.js';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
const problemPathsOf = (draft: CollaborationDraft, publishedAt = NOW) =>
  collaborationProblems(draft, zoneIndustryChainModel.chainCatalog, { publishedAt, now: NOW }).map((p) => p.path);
const pathsOf = (overrides: Partial<CollaborationDraft>, publishedAt = NOW) => problemPathsOf(aCollaborationDraft(overrides), publishedAt);

describe('collaboration rules', () => {
  it('accepts the SiC technology offer as drafted', () => {
    expect(pathsOf({})).toEqual([]);
  });

  it('keeps technology maturity and IP status to technology collaborations', () => {
    expect(pathsOf({ kind: 'BUSINESS_OFFER' })).toEqual(['input.maturity', 'input.ipStatus']);
    const { maturity: _maturity, ipStatus: _ipStatus, ...businessRequest } = aCollaborationDraft({ kind: 'BUSINESS_REQUEST' });
    expect(problemPathsOf(businessRequest)).toEqual([]);
  });

  it('accepts an expiry up to two years after publication, not beyond', () => {
    expect(pathsOf({ expiresAt: inDays(730) })).toEqual([]);
    expect(pathsOf({ expiresAt: inDays(731) })).toEqual(['input.expiresAt']);
  });

  it('rejects an expiry in the past or not a timestamp', () => {
    expect(pathsOf({ expiresAt: inDays(-1) })).toEqual(['input.expiresAt']);
    expect(pathsOf({ expiresAt: 'next spring' })).toEqual(['input.expiresAt']);
  });

  it('refuses an expiry Date.parse would read as local time or as free text', () => {
    expect(pathsOf({ expiresAt: '06/30/2026' })).toEqual(['input.expiresAt']);
    expect(pathsOf({ expiresAt: new Date(NOW.getTime() + 30 * DAY).toUTCString() })).toEqual(['input.expiresAt']);
    expect(pathsOf({ expiresAt: inDays(30).replace('.000Z', '') })).toEqual(['input.expiresAt']);
  });

  it('counts the two-year limit from publication when a collaboration is revised', () => {
    const publishedAt = new Date(NOW.getTime() - 400 * DAY);
    expect(pathsOf({ expiresAt: inDays(300) }, publishedAt)).toEqual([]);
    expect(pathsOf({ expiresAt: inDays(400) }, publishedAt)).toEqual(['input.expiresAt']);
  });

  it('needs 1-5 known segments', () => {
    expect(pathsOf({ segments: [] })).toEqual(['input.segments']);
    expect(pathsOf({ segments: ['semi.power-semiconductors', 'semi.unobtainium'] })).toEqual(['input.segments[1]']);
  });

  it('needs a title in at least one language', () => {
    expect(pathsOf({ title: {} })).toEqual(['input.title']);
  });
});

describe('idempotency keys', () => {
  it('accept a UUID and refuse short or odd keys', () => {
    expect(idempotencyKeyProblems('4a7c2f0e-6b1d-4f7e-9c1a-2b3c4d5e6f70', 'input.idempotencyKey')).toEqual([]);
    expect(idempotencyKeyProblems('short', 'input.idempotencyKey')).toHaveLength(1);
    expect(idempotencyKeyProblems('has spaces in it', 'input.idempotencyKey')).toHaveLength(1);
  });
});
