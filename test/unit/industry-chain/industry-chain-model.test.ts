/**
 * The loader answers the questions matching asks: where a segment sits, who
 * supplies whom (within or across chains), whether research serves it, which
 * parks host it and which policies apply.
 */
import { describe, expect, it } from 'vitest';
import { IndustryChainDataError, IndustryChainModel } from '../../../functions/core/industry-chain/industry-chain-model.js';
import { zoneIndustryChainModel as zone } from '../../../functions/core/industry-chain/zone-model.js';
import { aChain, aDataSet, aGroup, aPark, aPolicy } from './industry-chain-factories.js';

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

describe('IndustryChainModel', () => {
  describe('placement', () => {
    it('knows the chain of a segment', () => {
      expect(zone.chainOf('semi.power-semiconductors')?.id).toBe('semi');
      expect(zone.chainOf('nev.electric-drive')?.id).toBe('nev');
    });

    it('orders stages upstream to downstream', () => {
      const materials = zone.stageIndexOf('nev.battery-materials') ?? -1;
      const cells = zone.stageIndexOf('nev.battery-cells') ?? -1;
      const vehicles = zone.stageIndexOf('nev.vehicle-manufacturing') ?? -1;
      expect(materials).toBe(0);
      expect(cells).toBeGreaterThan(materials);
      expect(vehicles).toBeGreaterThan(cells);
    });

    it('answers undefined for an unknown segment', () => {
      expect(zone.segment('nev.flux-capacitor')).toBeUndefined();
      expect(zone.chainOf('nev.flux-capacitor')).toBeUndefined();
      expect(zone.stageIndexOf('nev.flux-capacitor')).toBeUndefined();
      expect(zone.suppliersOf('nev.flux-capacitor')).toEqual([]);
    });

    it('lists groups, chains and segments in plan order', () => {
      expect(ids(zone.groups())[0]).toBe('information-technology');
      expect(ids(zone.chains())).toContain('ginseng');
      expect(zone.segments().length).toBe(new Set(ids(zone.segments())).size);
    });
  });

  describe('supply', () => {
    it('lists the electric drive among the customers of power semiconductors', () => {
      expect(ids(zone.customersOf('semi.power-semiconductors').map((partner) => partner.segment))).toContain('nev.electric-drive');
    });

    it('lists power semiconductors among the suppliers of the electric drive, marked cross-chain', () => {
      const supplier = zone.suppliersOf('nev.electric-drive').find((partner) => partner.segment.id === 'semi.power-semiconductors');
      expect(supplier?.crossChain).toBe(true);
    });

    it('marks a link inside one chain as within-chain', () => {
      const supplier = zone.suppliersOf('nev.electric-drive').find((partner) => partner.segment.id === 'nev.drive-motors');
      expect(supplier?.crossChain).toBe(false);
    });

    it.each([
      ['software.artificial-intelligence', 'icv.autonomous-driving'],
      ['biopharma.biomedical-materials', 'medical-devices.implants'],
      ['ginseng.ginseng-deep-processing', 'health-food.health-products'],
      ['ginseng.ginseng-deep-processing', 'beauty.cosmetics'],
      ['digital-content.animation', 'digital-content.games'],
      ['robotics.industrial-robots', 'nev.vehicle-manufacturing'],
      ['semi.chip-fabrication', 'appliances.smart-major-appliances'],
      ['display.display-materials', 'display.display-panels'],
      ['nev.battery-packs', 'nev.vehicle-manufacturing'],
      ['biopharma.cdmo', 'biopharma.antibody-drugs'],
      ['farm.corn', 'farm.feed'],
      ['farm.feed', 'farm.pigs'],
      ['software.application-development', 'iot-5g.industrial-internet'],
      ['logistics.aviation-logistics', 'trade.cross-border-e-commerce'],
      ['education-tech.technology-testing', 'medical-devices.diagnostic-equipment'],
      ['education-tech.industrial-design', 'appliances.smart-major-appliances'],
    ])('%s supplies %s', (from, to) => {
      expect(zone.supplies(from, to)).toBe(true);
    });

    it('tells cross-chain pairs from same-chain pairs', () => {
      expect(zone.isCrossChain('semi.power-semiconductors', 'nev.electric-drive')).toBe(true);
      expect(zone.isCrossChain('nev.battery-cells', 'nev.battery-packs')).toBe(false);
      expect(zone.isCrossChain('nev.battery-cells', 'nev.flux-capacitor')).toBe(false);
    });
  });

  describe('research', () => {
    it('knows which segments universities and institutes serve, and in which field', () => {
      expect(zone.isResearchServed('semi.power-semiconductors')).toBe(true);
      expect(zone.researchFieldsOf('semi.power-semiconductors').map((field) => field.en)).toEqual(['Power electronics']);
      expect(zone.isResearchServed('food.fmcg-distribution')).toBe(false);
      expect(zone.researchFieldsOf('food.fmcg-distribution')).toEqual([]);
    });

    it('serves most technology-heavy segments', () => {
      expect(ids(zone.researchServedSegments())).toEqual(
        expect.arrayContaining([
          'semi.chip-design',
          'software.artificial-intelligence',
          'nev.battery-cells',
          'biopharma.antibody-drugs',
          'ginseng.ginseng-deep-processing',
          'farm.seed-breeding',
          'robotics.industrial-robots',
        ]),
      );
    });
  });

  describe('parks', () => {
    it('finds the parks hosting a segment', () => {
      expect(ids(zone.parksFor('nev.vehicle-manufacturing'))).toEqual(
        expect.arrayContaining(['western-land-port-wing', 'new-energy-vehicle-park']),
      );
      expect(ids(zone.parksFor('trade.cross-border-e-commerce'))).toContain('xinglong-bonded-area');
      expect(ids(zone.parksFor('digital-content.animation'))).toContain('core-area');
    });

    it('finds no park for a segment outside the zone', () => {
      expect(zone.parksFor('farm.corn')).toEqual([]);
    });
  });

  describe('policies', () => {
    it('applies the vehicle joint-venture share policy to a vehicle joint venture', () => {
      expect(ids(zone.policiesFor(['nev.vehicle-manufacturing'], 'JOINT_VENTURE'))).toContain('vehicle-manufacturing-foreign-share');
    });

    it('leaves the vehicle share policy out of a supply agreement', () => {
      expect(ids(zone.policiesFor(['nev.vehicle-manufacturing'], 'SUPPLY_AGREEMENT'))).not.toContain('vehicle-manufacturing-foreign-share');
    });

    it('keeps policies for any segment, such as the China-ROK fund for investments', () => {
      expect(ids(zone.policiesFor(['farm.corn'], 'INVESTMENT'))).toContain('china-rok-cooperation-fund');
    });

    it('leaves out cross-border-only policies for a pair inside one country', () => {
      const domestic = ids(zone.policiesFor(['logistics.aviation-logistics'], undefined, false));
      expect(domestic).toContain('fifth-air-right');
      expect(domestic).not.toContain('aeo-mutual-recognition');
    });

    it('matches any mode when a policy names none, and any segment when it names none', () => {
      const model = new IndustryChainModel(
        aDataSet({ policies: [aPolicy('any-mode', { segments: ['a.one'] }), aPolicy('any-segment', { modes: ['JOINT_LAB'] })] }),
      );
      expect(ids(model.policiesFor(['a.one'], 'JOINT_LAB'))).toEqual(['any-mode', 'any-segment']);
      expect(ids(model.policiesFor(['b.one'], 'INVESTMENT'))).toEqual([]);
    });
  });

  describe('loading', () => {
    it('exposes the data version', () => {
      expect(zone.version).toBe('2026.11.1');
    });

    it('rejects a supply link to a missing segment', () => {
      expect(() => new IndustryChainModel(aDataSet({ supplyLinks: [{ from: 'a.one', to: 'a.missing' }] }))).toThrow(IndustryChainDataError);
    });

    it('rejects a park hosting a missing segment', () => {
      expect(() => new IndustryChainModel(aDataSet({ parks: [aPark('p', ['b.missing'])] }))).toThrow(
        /park p refers to unknown segment b.missing/,
      );
    });

    it('rejects a segment id used twice', () => {
      const data = aDataSet({ groups: [aGroup('g', [aChain('a', [['a.one']]), aChain('b', [['a.one']])])] });
      expect(() => new IndustryChainModel(data)).toThrow(/Duplicate segment id a.one/);
    });
  });
});
