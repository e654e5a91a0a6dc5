import { describe, expect, it } from 'vitest';
import { demoCollaborations, demoOrganizations } from '../../../scripts/demo/organizations/demo-data-set.js';
import { organizationProblems } from '../../../functions/core/validation/organization-rules.js';
import { collaborationProblems } from '../../../functions/core/validation/collaboration-rules.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { industryChainData } from '../../../functions/core/industry-chain/data/index.js';
import { effectiveStatus } from '../../../functions/core/collaboration.js';
import { ORGANIZATION_TYPES, COUNTRIES, type CooperationMode } from '../../../functions/core/vocabulary.js';
import { matchProfileOf } from '../../../functions/core/match-profile.js';
import { rankPartners } from '../../../functions/core/fit/partner-ranking.js';
import { NO_FILTERS } from '../../../functions/core/fit/hard-filters.js';
import { requestForCollaboration } from '../../../functions/core/fit/collaboration-request.js';

const NOW = new Date('2026-11-26T00:00:00.000Z');
const organizations = demoOrganizations();
const collaborations = demoCollaborations(organizations, NOW);
const profiles = organizations.map(matchProfileOf);
const RESEARCH_MODES: readonly CooperationMode[] = ['TECHNOLOGY_LICENSING', 'JOINT_RND', 'JOINT_LAB', 'TALENT_TRAINING'];
const isResearchBody = (type: string) => type === 'UNIVERSITY' || type === 'RESEARCH_INSTITUTE';

/** Partners the search pipeline finds for a collaboration among all demo organizations (no search filters). */
function partnersOf(collaborationId: string) {
  const collaboration = collaborations.find((c) => c.id === collaborationId)!;
  const owner = profiles.find((p) => p.id === collaboration.ownerOrganizationId)!;
  return rankPartners(zoneIndustryChainModel.chainGraph, requestForCollaboration(owner, collaboration), profiles, {
    filters: NO_FILTERS,
    minScore: 0,
    first: 100,
  });
}

describe('the demo data set', () => {
  it('has at least 150 organizations of both countries and all three types, with unique ids and names', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(150);
    expect(new Set(organizations.map((o) => o.country))).toEqual(new Set(COUNTRIES));
    expect(new Set(organizations.map((o) => o.type))).toEqual(new Set(ORGANIZATION_TYPES));
    expect(new Set(organizations.map((o) => o.id)).size).toBe(organizations.length);
    expect(new Set(organizations.map((o) => o.name.en)).size).toBe(organizations.length);
  });

  it('marks every organization as demo data in every language and uses only .example addresses', () => {
    for (const org of organizations) {
      expect(org.name.en).toMatch(/\(Demo\)$/);
      expect(org.name.zh).toMatch(/（示范）$/);
      expect(org.name.ko).toMatch(/\(데모\)$/);
      expect(org.contact.email).toMatch(/\.example$/);
      expect(org.website).toMatch(/\.example$/);
    }
  });

  it('covers every chain group of the industry-chain model', () => {
    const offered = new Set(
      organizations.flatMap((o) => o.offers.map((offer) => zoneIndustryChainModel.chainCatalog.chainIdOf(offer.segmentId))),
    );
    for (const group of industryChainData.groups) {
      expect(
        group.chains.some((chain) => offered.has(chain.id)),
        group.id,
      ).toBe(true);
    }
  });

  it('passes every validation rule a registration must pass', () => {
    for (const org of organizations) expect(organizationProblems(org, zoneIndustryChainModel.chainCatalog, NOW), org.id).toEqual([]);
  });

  it('has at least 40 valid collaborations, some open, one closed and some expired', () => {
    expect(collaborations.length).toBeGreaterThanOrEqual(40);
    for (const collaboration of collaborations) {
      const publishedAt = new Date(collaboration.createdAt);
      expect(
        collaborationProblems(collaboration, zoneIndustryChainModel.chainCatalog, { publishedAt, now: publishedAt }),
        collaboration.id,
      ).toEqual([]);
    }
    const statuses = collaborations.map((collaboration) => effectiveStatus(collaboration, NOW));
    expect(statuses.filter((s) => s === 'OPEN').length).toBeGreaterThan(30);
    expect(statuses).toContain('CLOSED');
    expect(statuses).toContain('EXPIRED');
  });

  it('is deterministic: the same instant gives the same data set', () => {
    expect(demoCollaborations(demoOrganizations(), NOW)).toEqual(collaborations);
  });

  // Before: every enterprise stated partnerTypes ['ENTERPRISE'], so the hard filters hid every university from
  // every enterprise and the universities' technology offers found no partner at all.
  it('lets an enterprise that cooperates in a research mode (licensing, joint R&D, joint lab, training) accept universities and institutes', () => {
    for (const org of organizations.filter((o) => o.type === 'ENTERPRISE' && o.cooperationModes.some((m) => RESEARCH_MODES.includes(m)))) {
      expect(org.preferences.types, org.id).toEqual(expect.arrayContaining(['UNIVERSITY', 'RESEARCH_INSTITUTE']));
    }
  });

  it("finds enterprise partners for every university's and institute's technology offer, the ginseng university's included", () => {
    const offers = collaborations.filter(
      (c) => c.kind === 'TECHNOLOGY_OFFER' && isResearchBody(profiles.find((p) => p.id === c.ownerOrganizationId)!.type),
    );
    expect(offers.map((c) => c.id)).toContain('demo-col-cn-ginseng-university-1');
    for (const offer of offers) {
      const partners = partnersOf(offer.id);
      expect(partners.filter((fit) => fit.candidate.type === 'ENTERPRISE').length, offer.id).toBeGreaterThan(0);
    }
  });

  it("finds partners for the Korean university's joint doctoral programme", () => {
    expect(partnersOf('demo-col-kr-university-1').length).toBeGreaterThan(0);
  });
});
