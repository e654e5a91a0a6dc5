/**
 * What each item type of the table declares once: its entity tag, which
 * indexes it is listed in, whether it expires by TTL, and (for items that are
 * read back) the parser that turns it into a domain value. The registry in
 * item-types.ts collects them; docs/data-model.md is checked against it.
 */
import { parseItem, type Field } from './item-parser.js';
import type { IndexName } from './keys.js';

export interface ItemType<Value = unknown> {
  /** The `entity` attribute every item of this type carries. */
  entity: string;
  /** Indexes whose key attributes the item sets. */
  indexes: readonly IndexName[];
  /** Whether the item carries `ttl` and so expires. */
  expires: boolean;
  /** Checks an item read back and returns its domain value; absent for items never read back. */
  parse?: (item: Record<string, unknown>) => Value;
}

/** An item type that is read back. */
export type ReadItemType<Value> = ItemType<Value> & { parse: (item: Record<string, unknown>) => Value };

export interface ItemTypeOptions {
  indexes?: readonly IndexName[];
  expires?: boolean;
  /** The attribute carrying the value (index items carry a snapshot); the whole item by default. */
  carriedIn?: string;
}

/** Declares an item type whose items are read back as `value` describes. */
export function declareItemType<Value>(entity: string, value: Field<Value>, options: ItemTypeOptions = {}): ReadItemType<Value> {
  return {
    entity,
    indexes: options.indexes ?? [],
    expires: options.expires ?? false,
    parse: (item) => parseItem(entity, value, item, options.carriedIn),
  };
}
