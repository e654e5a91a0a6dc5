import { describe, expect, it } from 'vitest';
import { planOrganizationListing } from '../../../functions/store/organization-listing.js';
import { planCollaborationListing } from '../../../functions/store/collaboration-listing.js';

describe('organization list plans', () => {
  it('reads the segment partition and filters the rest, hiding suspended organizations from non-administrators', () => {
    const plan = planOrganizationListing({ segment: 'semi.power-semiconductors', chain: 'semi', country: 'KR', includeSuspended: false });
    expect(plan.partition).toBe('ORGS#SEGMENT#semi.power-semiconductors');
    expect(plan.filter.clauses).toEqual(['#country = :country', '#verification <> :suspended', 'contains(#chains, :chains)']);
  });

  it('reads all organizations, unfiltered, for an administrator without filters', () => {
    const plan = planOrganizationListing({ includeSuspended: true });
    expect(plan).toEqual({ partition: 'ORGS#ALL', filter: { clauses: [], names: {}, values: {} } });
  });

  it('filters chains and parks on the list of all organizations', () => {
    const plan = planOrganizationListing({ park: 'medicine-park', chain: 'biopharma', includeSuspended: true });
    expect(plan.partition).toBe('ORGS#ALL');
    expect(plan.filter.clauses).toEqual(['contains(#chains, :chains)', 'contains(#parks, :parks)']);
  });
});

describe('collaboration list plans', () => {
  const now = new Date('2026-06-01T00:00:00.000Z');

  it('reads the owner partition and treats OPEN as not yet expired', () => {
    const plan = planCollaborationListing({ owner: 'org-a', status: 'OPEN' }, now);
    expect(plan.partition).toBe('COLLABORATIONS#OWNER#org-a');
    expect(plan.filter.clauses).toEqual(['#status = :open', '#expiresAt > :now']);
    expect(plan.filter.values[':now']).toBe(now.toISOString());
  });

  it('treats EXPIRED as stored OPEN past expiry', () => {
    expect(planCollaborationListing({ segment: 'nev.battery-cells', status: 'EXPIRED' }, now).filter.clauses).toEqual([
      '#status = :open',
      '#expiresAt <= :now',
    ]);
  });
});
