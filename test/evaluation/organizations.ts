/**
 * The evaluation set's organizations: fictional enterprises, universities and
 * institutes of China and Korea placed on the zone's real chains, including
 * hard negatives (same-segment same-country competitors, one-sided fits, the
 * right chain at the wrong stage, a name that shares a keyword but not a chain).
 */
import type { MatchProfile } from '../../functions/core/match-profile.js';
import type { CooperationMode, Country, OrganizationType } from '../../functions/core/vocabulary.js';
import { aMatchProfile } from '../support/match-profile-factory.js';

interface Entry {
  name: string;
  country: Country;
  type?: OrganizationType;
  verified?: boolean;
  offers: string[];
  seeks?: string[];
  modes: CooperationMode[];
  partnerCountries?: Country[];
  partnerTypes?: OrganizationType[];
}

const SUPPLY: CooperationMode[] = ['SUPPLY_AGREEMENT'];
const RESEARCH: CooperationMode[] = ['JOINT_RND', 'TECHNOLOGY_LICENSING', 'JOINT_LAB'];

const entries: Record<string, Entry> = {
  // Power semiconductors and new-energy vehicles
  'kr-igbt': {
    name: 'Hanbit Power Semiconductor',
    country: 'KR',
    verified: true,
    offers: ['semi.power-semiconductors'],
    seeks: ['nev.electric-drive'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
  },
  'cn-edrive': {
    name: 'Changchun E-Drive Systems',
    country: 'CN',
    verified: true,
    offers: ['nev.electric-drive'],
    seeks: ['semi.power-semiconductors'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
  },
  'cn-igbt': { name: 'Jilin Power Devices', country: 'CN', offers: ['semi.power-semiconductors'], modes: SUPPLY },
  'cn-edrive-2': { name: 'Northern Traction Drives', country: 'CN', verified: true, offers: ['nev.electric-drive'], modes: SUPPLY },
  'kr-motorctl': {
    name: 'Daejin Motor Control',
    country: 'KR',
    offers: ['nev.motor-controllers'],
    seeks: ['semi.power-semiconductors'],
    modes: SUPPLY,
  },
  'kr-rail-traction': {
    name: 'Woojin Rail Traction',
    country: 'KR',
    verified: true,
    offers: ['rail.traction-systems'],
    seeks: ['semi.power-semiconductors'],
    modes: SUPPLY,
  },
  'cn-packaging': { name: 'Changchun Module Packaging', country: 'CN', offers: ['semi.packaging-testing'], modes: SUPPLY },
  'kr-compound': { name: 'Seoul SiC Wafers', country: 'KR', offers: ['semi.compound-semiconductors'], modes: SUPPLY },
  'kr-univ-power': {
    name: 'Hanyang-style University of Technology (power electronics)',
    country: 'KR',
    type: 'UNIVERSITY',
    verified: true,
    offers: ['semi.power-semiconductors'],
    modes: RESEARCH,
  },
  'cn-igbt-software': { name: 'IGBT Test Software Co.', country: 'CN', offers: ['software.it-services'], modes: SUPPLY },
  'kr-charging': {
    name: 'Incheon Charging Networks',
    country: 'KR',
    offers: ['icv.smart-mobility'],
    seeks: ['nev.electric-drive'],
    modes: SUPPLY,
  },
  'cn-vehicle': {
    name: 'Changchun New Energy Vehicles',
    country: 'CN',
    verified: true,
    offers: ['nev.vehicle-manufacturing'],
    seeks: ['nev.battery-packs', 'nev.electric-drive'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'kr-cells': {
    name: 'Ulsan Cell Energy',
    country: 'KR',
    verified: true,
    offers: ['nev.battery-cells'],
    seeks: ['nev.battery-materials'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'cn-packs': { name: 'Jilin Battery Packs', country: 'CN', offers: ['nev.battery-packs'], seeks: ['nev.battery-cells'], modes: SUPPLY },
  'kr-packs': { name: 'Gwangju Pack Systems', country: 'KR', offers: ['nev.battery-packs'], modes: SUPPLY },
  'cn-materials': {
    name: 'Songyuan Cathode Materials',
    country: 'CN',
    offers: ['nev.battery-materials'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'cn-cells': { name: 'Siping Cell Works', country: 'CN', offers: ['nev.battery-cells'], modes: SUPPLY },
  // Biopharmaceuticals
  'kr-antibody': {
    name: 'Songdo Antibody Therapeutics',
    country: 'KR',
    verified: true,
    offers: ['biopharma.antibody-drugs'],
    seeks: ['biopharma.cdmo'],
    modes: ['CONTRACT_MANUFACTURING', 'JOINT_RND', 'TECHNOLOGY_LICENSING'],
  },
  'cn-cdmo': {
    name: 'Changchun Biologics CDMO',
    country: 'CN',
    verified: true,
    offers: ['biopharma.cdmo'],
    seeks: ['biopharma.antibody-drugs'],
    modes: ['CONTRACT_MANUFACTURING', 'JOINT_VENTURE'],
  },
  'kr-cdmo': {
    name: 'Osong Bioprocess (Korea-only)',
    country: 'KR',
    offers: ['biopharma.cdmo'],
    modes: ['CONTRACT_MANUFACTURING'],
    partnerCountries: ['KR'],
  },
  'cn-antibody': {
    name: 'Jilin Antibody Pharma',
    country: 'CN',
    offers: ['biopharma.antibody-drugs'],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
  },
  'cn-inst-antibody': {
    name: 'Changchun Institute of Antibody Engineering',
    country: 'CN',
    type: 'RESEARCH_INSTITUTE',
    verified: true,
    offers: ['biopharma.antibody-drugs'],
    modes: RESEARCH,
  },
  'kr-discovery': {
    name: 'Daejeon Drug Discovery',
    country: 'KR',
    offers: ['biopharma.drug-discovery'],
    modes: ['TECHNOLOGY_LICENSING', 'JOINT_RND'],
  },
  'cn-pharma-dist': {
    name: 'Northeast Pharma Distribution',
    country: 'CN',
    offers: ['chem-pharma.pharmaceutical-distribution'],
    modes: ['DISTRIBUTION'],
  },
  'kr-vaccines': {
    name: 'Andong Vaccine Company',
    country: 'KR',
    offers: ['biopharma.vaccines'],
    seeks: ['biopharma.cdmo'],
    modes: ['CONTRACT_MANUFACTURING'],
  },
  // Ginseng, health food, cosmetics
  'cn-ginseng-grower': {
    name: 'Fusong Ginseng Farms',
    country: 'CN',
    verified: true,
    offers: ['ginseng.ginseng-cultivation'],
    seeks: ['ginseng.ginseng-deep-processing'],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
  },
  'kr-ginseng-processor': {
    name: 'Geumsan Red Ginseng',
    country: 'KR',
    verified: true,
    offers: ['ginseng.ginseng-deep-processing'],
    seeks: ['ginseng.ginseng-cultivation'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'kr-ginseng-grower': { name: 'Punggi Ginseng Growers', country: 'KR', offers: ['ginseng.ginseng-cultivation'], modes: SUPPLY },
  'cn-ginseng-univ': {
    name: 'Jilin Agricultural College of Ginseng',
    country: 'CN',
    type: 'UNIVERSITY',
    offers: ['ginseng.ginseng-deep-processing'],
    modes: RESEARCH,
  },
  'cn-ginseng-etrading': {
    name: 'Changbai Ginseng Exchange',
    country: 'CN',
    offers: ['ginseng.ginseng-e-trading'],
    modes: ['DISTRIBUTION', 'SUPPLY_AGREEMENT'],
  },
  'cn-ginseng-testing': { name: 'Tonghua Ginseng Testing Lab', country: 'CN', offers: ['ginseng.ginseng-testing'], modes: SUPPLY },
  'cn-health-products': {
    name: 'Yanbian Health Products',
    country: 'CN',
    offers: ['health-food.health-products'],
    seeks: ['ginseng.ginseng-deep-processing'],
    modes: SUPPLY,
  },
  'kr-cosmetics': {
    name: 'Seoul Hanbang Cosmetics',
    country: 'KR',
    verified: true,
    offers: ['beauty.cosmetics'],
    seeks: ['ginseng.ginseng-deep-processing'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'cn-cosmetic-ingredients': {
    name: 'Changchun Botanical Ingredients',
    country: 'CN',
    offers: ['beauty.cosmetic-ingredients'],
    modes: SUPPLY,
  },
  // Display, robots, connected vehicles
  'kr-display-materials': {
    name: 'Paju OLED Materials',
    country: 'KR',
    verified: true,
    offers: ['display.display-materials'],
    seeks: ['display.display-panels'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'cn-panels': {
    name: 'Changchun Display Panels',
    country: 'CN',
    offers: ['display.display-panels'],
    seeks: ['display.display-materials'],
    modes: SUPPLY,
  },
  'cn-vr': { name: 'Jilin VR Devices', country: 'CN', offers: ['display.vr-ar-devices'], modes: SUPPLY },
  'kr-uhd-tv': {
    name: 'Gumi UHD Television',
    country: 'KR',
    offers: ['display.uhd-video-terminals'],
    seeks: ['display.display-panels'],
    modes: SUPPLY,
  },
  'kr-robot-components': {
    name: 'Changwon Precision Reducers',
    country: 'KR',
    verified: true,
    offers: ['robotics.robot-components'],
    modes: SUPPLY,
  },
  'cn-industrial-robots': {
    name: 'Changchun Industrial Robotics',
    country: 'CN',
    offers: ['robotics.industrial-robots'],
    seeks: ['robotics.robot-components'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE', 'JOINT_RND'],
  },
  'cn-robot-integrator': { name: 'Jilin Robot Integration', country: 'CN', offers: ['robotics.robot-system-integration'], modes: SUPPLY },
  'kr-univ-robotics': {
    name: 'Daegu Institute of Robotics',
    country: 'KR',
    type: 'UNIVERSITY',
    offers: ['robotics.industrial-robots'],
    modes: ['JOINT_RND', 'JOINT_LAB', 'TALENT_TRAINING'],
  },
  'kr-lidar': {
    name: 'Pangyo Lidar',
    country: 'KR',
    verified: true,
    offers: ['icv.lidar-sensors'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
  },
  'cn-autonomous': {
    name: 'Changchun Autonomous Driving',
    country: 'CN',
    offers: ['icv.autonomous-driving'],
    seeks: ['icv.lidar-sensors'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
  },
  'kr-mobility': {
    name: 'Sejong Smart Mobility',
    country: 'KR',
    offers: ['icv.smart-mobility'],
    seeks: ['icv.autonomous-driving'],
    modes: SUPPLY,
  },
  // Stated needs outside the seeker's own chain neighbourhood (intent before inference): each seeker
  // asks for one thing the chain model does not link to it, and has neighbours that want its products.
  'cn-cell-plant': {
    name: 'Changchun Cell Manufacturing',
    country: 'CN',
    verified: true,
    offers: ['nev.battery-cells'],
    seeks: ['smart-equipment.intelligent-equipment'],
    modes: SUPPLY,
  },
  'kr-cell-equipment': {
    name: 'Cheonan Formation Equipment',
    country: 'KR',
    offers: ['smart-equipment.intelligent-equipment'],
    modes: SUPPLY,
  },
  'cn-equipment-jv-only': {
    name: 'Jilin Equipment Ventures',
    country: 'CN',
    offers: ['smart-equipment.intelligent-equipment'],
    modes: ['JOINT_VENTURE'],
  },
  'kr-diagnostics': {
    name: 'Wonju Diagnostic Imaging',
    country: 'KR',
    verified: true,
    offers: ['medical-devices.diagnostic-equipment'],
    seeks: ['optoelectronics.optical-components'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
  },
  'cn-optics': { name: 'Changchun Precision Optics', country: 'CN', offers: ['optoelectronics.optical-components'], modes: SUPPLY },
  'cn-hospital': {
    name: 'Changchun Zone Hospital',
    country: 'CN',
    verified: true,
    offers: ['healthcare.medical-institutions'],
    seeks: ['medical-devices.diagnostic-equipment'],
    modes: SUPPLY,
  },
  'cn-device-components': { name: 'Jilin Medical Components', country: 'CN', offers: ['medical-devices.device-components'], modes: SUPPLY },
  'cn-health-check': { name: 'Changchun Health Check Centres', country: 'CN', offers: ['healthcare.health-examination'], modes: SUPPLY },
  'cn-ginseng-extracts': {
    name: 'Jian Ginseng Extracts',
    country: 'CN',
    verified: true,
    offers: ['ginseng.ginseng-deep-processing'],
    seeks: ['logistics.warehousing-cold-chain'],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
  },
  'kr-cold-chain': {
    name: 'Busan Cold Chain Logistics',
    country: 'KR',
    offers: ['logistics.warehousing-cold-chain'],
    modes: ['DISTRIBUTION', 'SUPPLY_AGREEMENT'],
  },
  'kr-animation': {
    name: 'Bucheon Animation Studio',
    country: 'KR',
    verified: true,
    offers: ['digital-content.animation'],
    seeks: ['film-tv.post-production'],
    modes: ['SUPPLY_AGREEMENT', 'TECHNOLOGY_LICENSING'],
  },
  'cn-vfx': {
    name: 'Changchun Film VFX',
    country: 'CN',
    offers: ['film-tv.post-production'],
    modes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
  },
  'cn-games': {
    name: 'Jilin Games Studio',
    country: 'CN',
    verified: true,
    offers: ['digital-content.games'],
    seeks: ['digital-content.animation'],
    modes: ['SUPPLY_AGREEMENT', 'TECHNOLOGY_LICENSING'],
  },
  'cn-new-media': {
    name: 'Changchun New Media',
    country: 'CN',
    offers: ['digital-content.new-media'],
    modes: ['SUPPLY_AGREEMENT', 'TECHNOLOGY_LICENSING'],
  },
  'cn-character-ip': {
    name: 'Northeast Character Licensing',
    country: 'CN',
    offers: ['digital-content.character-licensing'],
    modes: ['TECHNOLOGY_LICENSING'],
  },
  'cn-alloys': { name: 'Jilin Lightweight Alloys', country: 'CN', offers: ['new-materials.advanced-alloys'], modes: SUPPLY },
  'cn-control-systems': { name: 'Changchun Motion Control', country: 'CN', offers: ['smart-equipment.control-systems'], modes: SUPPLY },
};

function profileOf(id: string, entry: Entry): MatchProfile {
  return aMatchProfile({
    id,
    type: entry.type ?? 'ENTERPRISE',
    country: entry.country,
    verification: entry.verified ? 'VERIFIED' : 'UNVERIFIED',
    name: { en: entry.name },
    offers: entry.offers,
    seeks: entry.seeks ?? [],
    cooperationModes: entry.modes,
    preferences: { countries: entry.partnerCountries ?? [], types: entry.partnerTypes ?? [], parks: [] },
  });
}

export const EVALUATION_ORGANIZATIONS: readonly MatchProfile[] = Object.entries(entries).map(([id, entry]) => profileOf(id, entry));

export function evaluationOrganization(id: string): MatchProfile {
  const found = EVALUATION_ORGANIZATIONS.find((o) => o.id === id);
  if (!found) throw new Error(`No evaluation organization ${id}`);
  return found;
}
