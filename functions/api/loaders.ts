/**
 * Per-request DataLoaders, so nested lookups batch into BatchGetItem calls
 * instead of one GetItem per parent. Created fresh for every request.
 */
import type { Store } from '../store/store.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- loaders are added by the features that need them
export interface Loaders {}

export function createLoaders(_store: Store): Loaders {
  return {};
}
