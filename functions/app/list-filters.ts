/**
 * The model ids of a list filter, checked against the zone's model before
 * anything is read (core/validation/list-filters.ts).
 */
import { zoneIndustryChainModel as model } from '../core/industry-chain/zone-model.js';
import { listFilterProblems, type ModelIdFilter, type ModelIds } from '../core/validation/list-filters.js';
import { throwIfAny } from '../core/validation/field-problems.js';

const chainIds = new Set(model.chains().map((chain) => chain.id));
const parkIds = new Set(model.parks().map((park) => park.id));

const zoneModelIds: ModelIds = {
  hasSegment: (id) => model.segment(id) !== undefined,
  hasChain: (id) => chainIds.has(id),
  hasPark: (id) => parkIds.has(id),
};

/** Throws BAD_USER_INPUT naming every filter field whose id the model does not have. */
export function assertKnownFilterIds(filter: ModelIdFilter): void {
  throwIfAny(listFilterProblems(filter, zoneModelIds));
}
