import { describe, expect, it } from 'vitest';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import {
  CANDIDATES_PER_DEEP_READ,
  CANDIDATES_PER_SHALLOW_READ,
  candidateReads,
  collaborationSegmentsToRead,
  DEEP_READS_PER_SEARCH,
  MAX_COLLABORATION_SEGMENTS,
  MAX_PARTITIONS_PER_SEARCH,
  partitionsToRead,
} from '../../../functions/core/fit/search-plan.js';
import { EVIDENCE_STRENGTH } from '../../../functions/core/fit/weights.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const graph = zoneIndustryChainModel.chainGraph;

const driveMaker = aMatchProfile({ id: 'd', offers: ['nev.electric-drive'], seeks: ['semi.power-semiconductors'] });

describe('candidate generation plan', () => {
  it('reads who offers what the seeker seeks and who seeks what it offers first', () => {
    const plan = partitionsToRead(graph, driveMaker);
    expect(plan.slice(0, 2)).toEqual([
      { segmentId: 'semi.power-semiconductors', side: 'OFFERS', priority: EVIDENCE_STRENGTH.SEEKS_OFFERED },
      { segmentId: 'nev.electric-drive', side: 'SEEKS', priority: EVIDENCE_STRENGTH.SEEKS_OFFERED },
    ]);
  });

  it('reads the seeker’s suppliers and customers, then its own segment, then the rest of its chain', () => {
    const plan = partitionsToRead(graph, driveMaker);
    const priorityOf = (segmentId: string) => plan.find((p) => p.segmentId === segmentId && p.side === 'OFFERS')?.priority;
    expect(priorityOf('nev.drive-motors')).toBe(EVIDENCE_STRENGTH.SUPPLY);
    expect(priorityOf('nev.vehicle-manufacturing')).toBe(EVIDENCE_STRENGTH.SUPPLY);
    expect(priorityOf('nev.electric-drive')).toBeGreaterThanOrEqual(EVIDENCE_STRENGTH.PEER);
    expect(priorityOf('nev.battery-cells')).toBe(EVIDENCE_STRENGTH.SAME_CHAIN);
    expect(plan.map((p) => p.priority)).toEqual([...plan.map((p) => p.priority)].sort((a, b) => b - a));
  });

  it('never reads more partitions than the cap, however many segments the seeker lists', () => {
    const everything = aMatchProfile({
      id: 'big',
      offers: [
        'nev.battery-cells',
        'nev.battery-packs',
        'nev.electric-drive',
        'semi.power-semiconductors',
        'auto.auto-parts',
        'robotics.industrial-robots',
        'rail.traction-systems',
        'icv.lidar-sensors',
      ],
      seeks: ['biopharma.cdmo', 'display.display-panels', 'ginseng.ginseng-cultivation', 'software.artificial-intelligence'],
    });
    const reads = candidateReads(graph, { seeker: everything, modes: [], crossBorderPreferred: true }, { countries: [], types: [] });
    expect(reads).toHaveLength(MAX_PARTITIONS_PER_SEARCH);
    expect(reads.filter((read) => read.limit === CANDIDATES_PER_DEEP_READ)).toHaveLength(DEEP_READS_PER_SEARCH);
    expect(reads.slice(DEEP_READS_PER_SEARCH).every((read) => read.limit === CANDIDATES_PER_SHALLOW_READ)).toBe(true);
    expect(collaborationSegmentsToRead(graph, everything).length).toBeLessThanOrEqual(MAX_COLLABORATION_SEGMENTS);
  });

  it('reads only the countries and types the filters and the seeker’s preferences allow, cross-border first', () => {
    const request = { seeker: { ...driveMaker, country: 'CN' as const }, modes: [], crossBorderPreferred: true };
    const filtered = candidateReads(graph, request, { countries: ['KR'], types: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] });
    expect(new Set(filtered.map((read) => read.country))).toEqual(new Set(['KR']));
    expect(new Set(filtered.map((read) => read.group))).toEqual(new Set(['RESEARCH']));
    // Every segment partition of the plan fits in the cap once the filter leaves one of four sub-partitions.
    expect(filtered).toHaveLength(partitionsToRead(graph, driveMaker).length);
    const preferring = {
      ...request,
      seeker: { ...request.seeker, preferences: { ...request.seeker.preferences, types: ['ENTERPRISE' as const] } },
    };
    expect(new Set(candidateReads(graph, preferring, { countries: [], types: [] }).map((read) => read.group))).toEqual(
      new Set(['ENTERPRISE']),
    );
    const unfiltered = candidateReads(graph, request, { countries: [], types: [] });
    expect(unfiltered[0]).toMatchObject({ segmentId: 'semi.power-semiconductors', side: 'OFFERS', country: 'KR' });
  });

  it('plans open-collaboration reads from the organization’s own segments first', () => {
    const plan = collaborationSegmentsToRead(graph, driveMaker);
    expect(
      plan
        .slice(0, 2)
        .map((p) => p.segmentId)
        .sort(),
    ).toEqual(['nev.electric-drive', 'semi.power-semiconductors']);
  });
});
