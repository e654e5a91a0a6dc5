/**
 * The industry-chain data set of the demonstration zone, assembled from one
 * file per chain group plus links, parks and policies. Bump `version` when the
 * data changes: every match's fit snapshot records it (`modelVersion`), so a
 * stored score can be told apart from one a later model would give.
 */
import type { IndustryChainData } from '../model-types.js';
import { informationTechnology } from './information-technology.js';
import { equipmentManufacturing } from './equipment-manufacturing.js';
import { medicalHealth } from './medical-health.js';
import { agricultureTcm } from './agriculture-tcm.js';
import { culture } from './culture.js';
import { platformServices } from './platform-services.js';
import { supplyLinks } from './links.js';
import { researchLinks } from './research-links.js';
import { parks } from './parks.js';
import { policies } from './policies.js';

export const industryChainData: IndustryChainData = {
  version: '2026.11.1',
  groups: [informationTechnology, equipmentManufacturing, medicalHealth, agricultureTcm, culture, platformServices],
  supplyLinks,
  researchLinks,
  parks,
  policies,
};
