import { describe, expect, it } from 'vitest';
import { matchFitOn } from '../../../functions/core/match/match-fit.js';
import { industryChainData } from '../../../functions/core/industry-chain/data/index.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aCollaboration, anOrganization } from '../../support/organization-factory.js';

const graph = tinyChainGraph({ chains: { nev: ['cells', 'packs', 'drives', 'vehicles'] }, supply: [['cells', 'packs']] });
const fit = matchFitOn(graph);
const NOW = '2026-06-02T00:00:00.000Z';

const cellMaker = anOrganization({ id: 'org-cells', offers: [{ segmentId: 'cells' }], seeks: [] });
const packMaker = anOrganization({ id: 'org-packs', country: 'CN', offers: [{ segmentId: 'packs' }], seeks: ['cells'] });
const vehicleMaker = anOrganization({ id: 'org-vehicles', offers: [{ segmentId: 'vehicles' }], seeks: ['drives'] });

describe('the fit snapshot of a match', () => {
  it('scores the receiver as a candidate for the sender, with the evidence and the time', () => {
    const snapshot = fit({ from: packMaker, to: cellMaker, now: NOW });
    expect(snapshot).toMatchObject({ seekerOrganizationId: 'org-packs', computedAt: NOW });
    expect(snapshot?.score).toBeGreaterThan(0);
    expect(snapshot?.reasons[0]).toMatchObject({ kind: 'SEEKS_OFFERED', seekerSegment: 'cells', candidateSegment: 'cells' });
    expect(snapshot?.components.map((c) => c.name)).toContain('reciprocalChainFit');
  });

  it('scores for the collaboration’s owner when the match is about the receiver’s collaboration', () => {
    const request = aCollaboration({ id: 'col-drives', ownerOrganizationId: 'org-cells', kind: 'BUSINESS_REQUEST', segments: ['packs'] });
    const snapshot = fit({ from: packMaker, to: cellMaker, collaboration: request, now: NOW });
    expect(snapshot?.seekerOrganizationId).toBe('org-cells');
    expect(snapshot?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'SEEKS_OFFERED', seekerSegment: 'packs', candidateSegment: 'packs' }),
    );
  });

  it('records the version of the industry-chain model it was computed against', () => {
    const versioned = matchFitOn(
      tinyChainGraph({ chains: { nev: ['cells', 'packs'] }, supply: [['cells', 'packs']], modelVersion: '2030.1.0' }),
    );
    expect(versioned({ from: packMaker, to: cellMaker, now: NOW })?.modelVersion).toBe('2030.1.0');
  });

  it('records the zone model’s version when computed against the zone model', () => {
    const snapshot = matchFitOn(zoneIndustryChainModel.chainGraph)({
      from: anOrganization({ id: 'org-drives', offers: [{ segmentId: 'nev.electric-drive' }], seeks: ['semi.power-semiconductors'] }),
      to: anOrganization({ id: 'org-igbt', offers: [{ segmentId: 'semi.power-semiconductors' }], seeks: [] }),
      now: NOW,
    });
    expect(snapshot?.modelVersion).toBe(industryChainData.version);
  });

  it('is null when the model finds no industry-chain evidence between the two', () => {
    const unrelated = anOrganization({ id: 'org-elsewhere', offers: [{ segmentId: 'somewhere-else' }], seeks: [] });
    expect(fit({ from: vehicleMaker, to: unrelated, now: NOW })).toBeNull();
  });
});
