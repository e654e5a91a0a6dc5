/**
 * Items that are not part of the directory: per-credential rate-limit
 * counters (`RATE#<credential>` / `WINDOW#<windowStart>`, to which each
 * instance adds its admitted operations with an atomic UpdateItem that
 * answers the new total) and the data-set marker
 * (`SYSTEM` / `DATASET`) the health check reads.
 */
import { num, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { DATASET_MARKER_KEY, type Item } from './keys.js';

/** Operations admitted in one credential's window across instances, as far as they have flushed. */
export interface RateLimitCount {
  operations: number;
}

/** A credential's operation count in one fixed window; expires at the window's end. */
export const RATE_LIMIT_ITEM = declareItemType('RATE_LIMIT', shape<RateLimitCount>({ operations: num }), { expires: true });

/** Which data set was loaded into the table, and when. */
export interface DatasetMarker {
  dataset: string;
  version: string;
  loadedAt: string;
}

/** The data-set marker. */
export const DATASET_MARKER_ITEM = declareItemType('DATASET_MARKER', shape<DatasetMarker>({ dataset: str, version: str, loadedAt: str }));

/** The marker item for a loaded data set. */
export function datasetMarkerItem(marker: DatasetMarker): Item {
  return { ...DATASET_MARKER_KEY, entity: DATASET_MARKER_ITEM.entity, ...marker };
}
