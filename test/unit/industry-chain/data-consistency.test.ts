/**
 * The zone's data set is internally consistent: ids are unique and well
 * formed, every reference points at a segment, supply inside a chain flows
 * downstream without cycles, and every segment is fully described in three
 * languages with real-looking classification codes.
 */
import { describe, expect, it } from 'vitest';
import { industryChainData as data } from '../../../functions/core/industry-chain/data/index.js';
import type { Chain, Segment } from '../../../functions/core/industry-chain/model-types.js';
import { COOPERATION_MODES, LOCALES } from '../../../functions/core/vocabulary.js';

const chains: Chain[] = data.groups.flatMap((group) => group.chains);
const segments: Segment[] = chains.flatMap((chain) => chain.stages.flatMap((stage) => stage.segments));
const segmentIds = new Set(segments.map((segment) => segment.id));
const chainIdOf = new Map(chains.flatMap((chain) => chain.stages.flatMap((stage) => stage.segments.map((s) => [s.id, chain.id] as const))));
const stageIndexOf = new Map(
  chains.flatMap((chain) => chain.stages.flatMap((stage, index) => stage.segments.map((s) => [s.id, index] as const))),
);

function duplicatesIn(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Segment ids on a supply cycle that stays inside one chain. */
function withinChainCycles(): string[] {
  const next = new Map<string, string[]>();
  for (const link of data.supplyLinks) {
    if (chainIdOf.get(link.from) === chainIdOf.get(link.to)) next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
  }
  const onCycle: string[] = [];
  const visit = (id: string, path: string[]): void => {
    if (path.includes(id)) {
      onCycle.push(id);
      return;
    }
    for (const to of next.get(id) ?? []) visit(to, [...path, id]);
  };
  for (const id of next.keys()) visit(id, []);
  return [...new Set(onCycle)];
}

describe('the industry-chain data set', () => {
  it('carries a version', () => {
    expect(data.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('spans all six key-task areas with at least 25 chains and 110 segments', () => {
    expect(data.groups).toHaveLength(6);
    expect(chains.length).toBeGreaterThanOrEqual(25);
    expect(segments.length).toBeGreaterThanOrEqual(110);
  });

  describe('ids', () => {
    it.each([
      ['chain groups', data.groups.map((group) => group.id)],
      ['chains', chains.map((chain) => chain.id)],
      ['stages', chains.flatMap((chain) => chain.stages.map((stage) => stage.id))],
      ['segments', segments.map((segment) => segment.id)],
      ['parks', data.parks.map((park) => park.id)],
      ['policies', data.policies.map((policy) => policy.id)],
    ])('are unique among %s', (_kind, ids) => {
      expect(duplicatesIn(ids)).toEqual([]);
    });

    it('name each segment and stage as <chain-id>.<kebab-slug>', () => {
      for (const chain of chains) {
        expect(chain.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const stage of chain.stages) {
          expect(stage.id).toMatch(new RegExp(`^${chain.id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
          for (const segment of stage.segments) expect(segment.id).toMatch(new RegExp(`^${chain.id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
        }
      }
    });

    it('are kebab-case for parks and policies', () => {
      for (const id of [...data.parks.map((p) => p.id), ...data.policies.map((p) => p.id)]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });
  });

  describe('references', () => {
    it('point every supply link at existing segments', () => {
      const dangling = data.supplyLinks.flatMap((link) => [link.from, link.to]).filter((id) => !segmentIds.has(id));
      expect(dangling).toEqual([]);
    });

    it('point every research link at an existing segment', () => {
      expect(data.researchLinks.map((link) => link.segment).filter((id) => !segmentIds.has(id))).toEqual([]);
    });

    it('point every park at existing segments', () => {
      expect(data.parks.flatMap((park) => park.segments).filter((id) => !segmentIds.has(id))).toEqual([]);
    });

    it('point every policy at existing segments and real cooperation modes', () => {
      expect(data.policies.flatMap((policy) => policy.segments).filter((id) => !segmentIds.has(id))).toEqual([]);
      expect(data.policies.flatMap((policy) => policy.modes).filter((mode) => !COOPERATION_MODES.includes(mode))).toEqual([]);
    });
  });

  describe('supply links', () => {
    it('contain no supply cycle inside a chain', () => {
      expect(withinChainCycles()).toEqual([]);
    });

    it('flow downstream inside a chain (to a later stage)', () => {
      const upstreamOrFlat = data.supplyLinks.filter(
        (link) =>
          chainIdOf.get(link.from) === chainIdOf.get(link.to) && (stageIndexOf.get(link.from) ?? 0) >= (stageIndexOf.get(link.to) ?? 0),
      );
      expect(upstreamOrFlat).toEqual([]);
    });

    it('are neither repeated nor self-links', () => {
      expect(duplicatesIn(data.supplyLinks.map((link) => `${link.from} → ${link.to}`))).toEqual([]);
      expect(data.supplyLinks.filter((link) => link.from === link.to)).toEqual([]);
    });

    it('connect every segment to at least one other', () => {
      const linked = new Set(data.supplyLinks.flatMap((link) => [link.from, link.to]));
      expect(segments.map((segment) => segment.id).filter((id) => !linked.has(id))).toEqual([]);
    });
  });

  describe('segments', () => {
    it.each(segments.map((segment) => [segment.id, segment] as const))('%s is named and has keywords in en, zh and ko', (_id, segment) => {
      for (const locale of LOCALES) {
        expect(segment.name[locale].trim()).not.toBe('');
        expect(segment.keywords[locale].length).toBeGreaterThan(0);
        for (const keyword of segment.keywords[locale]) expect(keyword.trim()).not.toBe('');
      }
    });

    it('each carry at least one ISIC Rev.4 class of four digits', () => {
      for (const segment of segments) {
        expect(segment.isic.length, segment.id).toBeGreaterThan(0);
        for (const code of segment.isic) expect(code, segment.id).toMatch(/^\d{4}$/);
      }
    });

    it('carry HS codes of six digits where they make traded goods', () => {
      for (const segment of segments) for (const code of segment.hs ?? []) expect(code, segment.id).toMatch(/^\d{6}$/);
    });
  });

  describe('chains', () => {
    it('each have at least two stages, and every stage a segment', () => {
      for (const chain of chains) {
        expect(chain.stages.length, chain.id).toBeGreaterThanOrEqual(2);
        for (const stage of chain.stages) expect(stage.segments.length, stage.id).toBeGreaterThan(0);
      }
    });
  });

  describe('parks and policies', () => {
    it('lay the zone out as one core, two wings, several parks and the bonded area', () => {
      const kinds = data.parks.map((park) => park.kind);
      expect(kinds.filter((kind) => kind === 'CORE')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'WING')).toHaveLength(2);
      expect(kinds.filter((kind) => kind === 'PARK').length).toBeGreaterThanOrEqual(15);
      expect(kinds.filter((kind) => kind === 'BONDED_AREA')).toHaveLength(1);
    });

    it('name, describe and summarize every park and policy in three languages', () => {
      for (const text of [...data.parks.flatMap((p) => [p.name, p.description]), ...data.policies.flatMap((p) => [p.name, p.summary])]) {
        for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
      }
    });

    it('name every research field in three languages', () => {
      for (const link of data.researchLinks) for (const locale of LOCALES) expect(link.field[locale].trim(), link.segment).not.toBe('');
    });
  });
});
