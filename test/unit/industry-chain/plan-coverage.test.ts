/**
 * Every industry, product and service the zone plan names has a home in the
 * model: searching for it in English finds at least one segment. When the plan
 * grows, add the term here first.
 */
import { describe, expect, it } from 'vitest';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';

/** [key-task area of the plan, term as the plan writes it] */
const PLAN_TERMS: Array<[string, string]> = [
  // Information technology
  ['Information technology', 'AI'],
  ['Information technology', 'IoT'],
  ['Information technology', 'internet of things'],
  ['Information technology', 'industrial internet'],
  ['Information technology', '5G'],
  ['Information technology', 'VR'],
  ['Information technology', '4K'],
  ['Information technology', 'software'],
  ['Information technology', 'compound semiconductors'],
  ['Information technology', 'power semiconductors'],
  ['Information technology', 'IGBT'],
  ['Information technology', 'chips'],
  ['Information technology', 'new display materials'],
  ['Information technology', 'smart household appliances'],
  // Top-end equipment and intelligent manufacturing
  ['Equipment', 'industrial robots'],
  ['Equipment', 'service robots'],
  ['Equipment', 'additive manufacturing'],
  ['Equipment', '3D printing'],
  ['Equipment', 'intelligent equipment'],
  ['Equipment', 'intelligent control systems'],
  ['Equipment', 'instruments and meters'],
  ['Equipment', 'new-energy vehicles'],
  ['Equipment', 'intelligent connected vehicles'],
  ['Equipment', 'battery'],
  ['Equipment', 'electric drive'],
  ['Equipment', 'motor controller'],
  ['Equipment', 'lidar'],
  ['Equipment', 'sensors'],
  ['Equipment', 'vehicle manufacturing'],
  ['Equipment', 'energy-saving equipment'],
  ['Equipment', 'environmental protection equipment'],
  ['Equipment', 'ice and snow equipment'],
  ['Equipment', 'intelligent farming equipment'],
  // Medical care and health
  ['Medical care and health', 'medicine'],
  ['Medical care and health', 'medical devices'],
  ['Medical care and health', 'protective equipment'],
  ['Medical care and health', 'emergency supplies'],
  ['Medical care and health', 'biomedicine'],
  ['Medical care and health', 'antibody drugs'],
  ['Medical care and health', 'immunotherapy'],
  ['Medical care and health', 'biomedical materials'],
  ['Medical care and health', 'chemical medicine'],
  ['Medical care and health', 'CDMO'],
  ['Medical care and health', 'CMO'],
  ['Medical care and health', 'contract development and manufacturing'],
  ['Medical care and health', 'northern pharmaceuticals'],
  ['Medical care and health', 'medical institutions'],
  ['Medical care and health', 'health examination'],
  ['Medical care and health', 'rehabilitation'],
  ['Medical care and health', 'elderly care'],
  ['Medical care and health', 'skin care'],
  ['Medical care and health', 'cosmetology'],
  ['Medical care and health', 'cosmetics'],
  // Agriculture and traditional Chinese medicine
  ['Agriculture and TCM', 'corn'],
  ['Agriculture and TCM', 'rice'],
  ['Agriculture and TCM', 'pig'],
  ['Agriculture and TCM', 'beef cattle'],
  ['Agriculture and TCM', 'table food'],
  ['Agriculture and TCM', 'leisure food'],
  ['Agriculture and TCM', 'beverages'],
  ['Agriculture and TCM', 'fast-moving consumer goods'],
  ['Agriculture and TCM', 'ginseng cultivation'],
  ['Agriculture and TCM', 'ginseng deep processing'],
  ['Agriculture and TCM', 'ginseng testing'],
  ['Agriculture and TCM', 'ginseng e-trading'],
  ['Agriculture and TCM', 'health products'],
  ['Agriculture and TCM', 'health food'],
  ['Agriculture and TCM', 'TCM'],
  ['Agriculture and TCM', 'traditional Chinese medicine'],
  ['Agriculture and TCM', 'edible fungi'],
  ['Agriculture and TCM', 'deer products'],
  ['Agriculture and TCM', 'seafood'],
  // Cultural industry
  ['Culture', 'film and television'],
  ['Culture', 'animation'],
  ['Culture', 'games'],
  ['Culture', 'new media'],
  ['Culture', 'cultural shows'],
  ['Culture', 'performances'],
  // Opening-up platforms and people-to-people cooperation
  ['Platforms', 'aviation logistics'],
  ['Platforms', 'land port'],
  ['Platforms', 'rail freight'],
  ['Platforms', 'cross-border e-commerce'],
  ['Platforms', 'bonded area'],
  ['Platforms', 'finance'],
  ['Platforms', 'investment'],
  ['Platforms', 'tourism'],
  ['Platforms', 'sport'],
  ['Platforms', 'education'],
  ['Platforms', 'vocational training'],
  ['Platforms', 'technology testing'],
  ['Platforms', 'industrial design'],
  // Changchun's pillar and emerging industries (plan section 1)
  ['Changchun pillars', 'automobile'],
  ['Changchun pillars', 'rail transit equipment'],
  ['Changchun pillars', 'optoelectronics'],
  ['Changchun pillars', 'new materials'],
  ['Changchun pillars', 'big data'],
];

describe('coverage of the zone plan', () => {
  it.each(PLAN_TERMS)('%s: "%s" resolves to at least one segment', (_area, term) => {
    expect(zoneIndustryChainModel.searchSegments(term).length).toBeGreaterThan(0);
  });
});
