/**
 * The demonstration zone's industry-chain model: the data set in ./data,
 * loaded and indexed once at module load, so a Lambda pays for it once and
 * every question after is a lookup. Its views (`chainGraph` for fit scoring,
 * `chainCatalog` for validation and listing items) come with it.
 */
import { industryChainData } from './data/index.js';
import { IndustryChainModel } from './industry-chain-model.js';

/** The zone's model, the one instance the API, the store and the scripts read; its `version` is recorded with every match's fit snapshot. */
export const zoneIndustryChainModel = new IndustryChainModel(industryChainData);
