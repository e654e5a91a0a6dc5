/**
 * Keyword lookup finds the segment people mean, whatever language and form
 * they write it in.
 */
import { describe, expect, it } from 'vitest';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { IndustryChainModel } from '../../../functions/core/industry-chain/industry-chain-model.js';
import { aChain, aDataSet, aGroup } from './industry-chain-factories.js';

function firstMatch(text: string, locale?: 'en' | 'zh' | 'ko'): string | undefined {
  return zoneIndustryChainModel.searchSegments(text, locale)[0]?.id;
}

/** [what people write, the segment it should find first] */
const ENGLISH: Array<[string, string]> = [
  ['IGBT', 'semi.power-semiconductors'],
  ['lithium-ion battery', 'nev.battery-cells'],
  ['electric vehicle', 'nev.vehicle-manufacturing'],
  ['electric drive', 'nev.electric-drive'],
  ['lidar', 'icv.lidar-sensors'],
  ['industrial robot', 'robotics.industrial-robots'],
  ['3D printing', 'smart-equipment.additive-manufacturing'],
  ['monoclonal antibody', 'biopharma.antibody-drugs'],
  ['CDMO', 'biopharma.cdmo'],
  ['ginseng', 'ginseng.ginseng-cultivation'],
  ['red ginseng', 'ginseng.ginseng-deep-processing'],
  ['K-beauty', 'beauty.cosmetics'],
  ['webtoon', 'digital-content.animation'],
  ['cross-border e-commerce', 'trade.cross-border-e-commerce'],
  ['air cargo', 'logistics.aviation-logistics'],
];

const CHINESE: Array<[string, string]> = [
  ['动力电池', 'nev.battery-cells'],
  ['功率半导体', 'semi.power-semiconductors'],
  ['新能源汽车', 'nev.vehicle-manufacturing'],
  ['激光雷达', 'icv.lidar-sensors'],
  ['工业机器人', 'robotics.industrial-robots'],
  ['抗体', 'biopharma.antibody-drugs'],
  ['医疗器械', 'medical-devices.diagnostic-equipment'],
  ['人参', 'ginseng.ginseng-cultivation'],
  ['人参深加工', 'ginseng.ginseng-deep-processing'],
  ['玉米', 'farm.corn'],
  ['保健食品', 'health-food.health-products'],
  ['跨境电商', 'trade.cross-border-e-commerce'],
  ['动漫', 'digital-content.animation'],
  ['鹿茸', 'health-food.deer-products'],
  ['北药', 'tcm.medicinal-herbs'],
];

const KOREAN: Array<[string, string]> = [
  ['전기차', 'nev.vehicle-manufacturing'],
  ['배터리', 'nev.battery-cells'],
  ['전력반도체', 'semi.power-semiconductors'],
  ['자율주행', 'icv.autonomous-driving'],
  ['산업용 로봇', 'robotics.industrial-robots'],
  ['인삼', 'ginseng.ginseng-cultivation'],
  ['홍삼', 'ginseng.ginseng-deep-processing'],
  ['항체', 'biopharma.antibody-drugs'],
  ['화장품', 'beauty.cosmetics'],
  ['건강기능식품', 'health-food.health-products'],
  ['의료기기', 'medical-devices.diagnostic-equipment'],
  ['웹툰', 'digital-content.animation'],
  ['게임', 'digital-content.games'],
  ['항공물류', 'logistics.aviation-logistics'],
  ['보세구역', 'trade.bonded-area'],
];

describe('searchSegments', () => {
  describe('finds the segment first', () => {
    it.each(ENGLISH)('in English: "%s" → %s', (text, expected) => {
      expect(firstMatch(text)).toBe(expected);
    });

    it.each(CHINESE)('in Chinese: "%s" → %s', (text, expected) => {
      expect(firstMatch(text)).toBe(expected);
    });

    it.each(KOREAN)('in Korean: "%s" → %s', (text, expected) => {
      expect(firstMatch(text)).toBe(expected);
    });
  });

  describe('normalizes what people type', () => {
    it('ignores case and surrounding spaces', () => {
      expect(firstMatch('  igbt ')).toBe('semi.power-semiconductors');
    });

    it('reads full-width letters as half-width', () => {
      expect(firstMatch('ＩＧＢＴ')).toBe('semi.power-semiconductors');
    });

    it('matches plural and singular English words alike', () => {
      expect(firstMatch('batteries')).toBe('nev.battery-cells');
      expect(firstMatch('industrial robots')).toBe('robotics.industrial-robots');
    });

    it('ignores spacing in Korean', () => {
      expect(firstMatch('산업용로봇')).toBe('robotics.industrial-robots');
    });

    it('matches words ending in -se in either number ("warehouses" is "warehouse")', () => {
      expect(firstMatch('bonded warehouses')).toBe('trade.bonded-area');
    });

    it('reads clipped English words in full ("pharma", "labs")', () => {
      expect(firstMatch('pharma distribution')).toBe('chem-pharma.pharmaceutical-distribution');
      expect(firstMatch('R&D labs')).toBe('education-tech.rnd-services');
    });

    it('folds the traditional characters of company self-descriptions', () => {
      expect(firstMatch('觸摸屏')).toBe('display.display-panels');
    });

    it('matches a one-syllable Korean keyword as a word, with or without a particle', () => {
      expect(firstMatch('벼 농사를')).toBe('farm.rice');
      // Inside another word it is not the keyword.
      expect(zoneIndustryChainModel.searchSegments('쌀국수', 'ko').map((segment) => segment.id)).not.toContain('farm.rice');
    });
  });

  describe('finds the words issue 16 named, neighbours where the plan names no segment (docs/industry-chains.md)', () => {
    it.each([
      ['MLCC', 'semi.packaging-testing'],
      ['PCB', 'semi.packaging-testing'],
      ['印制电路板', 'semi.packaging-testing'],
      ['hydrogen fuel cell', 'nev.battery-cells'],
      ['수소연료전지', 'nev.battery-cells'],
      ['steel', 'new-materials.advanced-alloys'],
      ['钢材', 'new-materials.advanced-alloys'],
      ['food safety testing', 'education-tech.technology-testing'],
      ['biologics CDMO', 'biopharma.cdmo'],
      ['전해질', 'nev.battery-materials'],
    ])('"%s" → %s', (text, expected) => {
      expect(firstMatch(text)).toBe(expected);
    });
  });

  describe('when no keyword matches', () => {
    it('finds segments sharing a word or character pair, rarest first', () => {
      expect(firstMatch('wafer dicing')).toBe('semi.chip-fabrication');
    });

    it('still finds nothing for a word no segment uses, and never with a locale', () => {
      expect(zoneIndustryChainModel.searchSegments('trail')).toEqual([]);
      expect(zoneIndustryChainModel.searchSegments('wafer dicing', 'en')).toEqual([]);
    });
  });

  describe('ranks', () => {
    it('an exact keyword above a keyword that merely contains the query', () => {
      const ids = zoneIndustryChainModel.searchSegments('电池').map((segment) => segment.id);
      expect(ids[0]).toBe('nev.battery-cells');
      expect(ids).toContain('nev.battery-recycling');
    });

    it('finds a keyword inside a longer Chinese query', () => {
      expect(firstMatch('IGBT模块供应')).toBe('semi.power-semiconductors');
    });

    it('finds a whole English keyword inside a longer query, but not part of a word', () => {
      expect(firstMatch('we make IGBT modules for inverters')).toBe('semi.power-semiconductors');
      expect(zoneIndustryChainModel.searchSegments('rail').map((segment) => segment.id)).toContain('rail.rolling-stock');
      expect(zoneIndustryChainModel.searchSegments('trail')).toEqual([]);
    });

    it('orders equally good matches by segment id, so results are stable', () => {
      const ids = zoneIndustryChainModel.searchSegments('vehicle manufacturing').map((segment) => segment.id);
      expect(ids.slice(0, 2)).toEqual(['auto.vehicle-manufacturing', 'nev.vehicle-manufacturing']);
    });
  });

  describe('with a locale', () => {
    it('searches only that language', () => {
      expect(firstMatch('인삼', 'ko')).toBe('ginseng.ginseng-cultivation');
      expect(zoneIndustryChainModel.searchSegments('인삼', 'zh')).toEqual([]);
    });
  });

  it('finds nothing for blank text', () => {
    expect(zoneIndustryChainModel.searchSegments('   ')).toEqual([]);
  });

  it('searches names as well as keywords', () => {
    const model = new IndustryChainModel(aDataSet({ groups: [aGroup('g', [aChain('x', [['x.named']])])] }));
    expect(model.searchSegments('x.named-ko').map((segment) => segment.id)).toEqual(['x.named']);
  });
});
