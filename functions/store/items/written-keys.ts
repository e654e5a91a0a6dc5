/**
 * What an entity's main item (an organization's profile, a collaboration)
 * remembers of the items written with it: the keys of its listing and index
 * items (`writtenKeys`) and the industry-chain model version they were built
 * with (`modelVersion`, also on every listing and index item). An update
 * deletes exactly the keys that exist, even after a model version moved a
 * segment to another chain; `npm run reindex` finds entities built with an
 * older model by the version.
 */
import { list, optional, parseItem, shape, str } from './item-parser.js';
import { keyOf, keyString, type Item, type ItemKey } from './keys.js';

/** The bookkeeping attributes of a main item; absent on items written before they existed. */
export interface WrittenItems {
  writtenKeys?: ItemKey[];
  modelVersion?: string;
}

const writtenItems = shape<WrittenItems>({
  writtenKeys: optional(list(shape<ItemKey>({ pk: str, sk: str }))),
  modelVersion: optional(str),
});

/** The bookkeeping a main item of `entity` carries; malformed bookkeeping is a MalformedItemError. */
export function writtenItemsOf(entity: string, item: Record<string, unknown>): WrittenItems {
  return parseItem(entity, writtenItems, item);
}

/** The main item and the entity's other items, each stamped with the model version; the main item lists the others' keys. */
export function stampedItems(main: Item, others: readonly Item[], modelVersion: string): { main: Item; others: Item[] } {
  return {
    main: { ...main, writtenKeys: others.map(keyOf), modelVersion },
    others: others.map((item) => ({ ...item, modelVersion })),
  };
}

/** Whether the recorded items are exactly the items an entity should have now (same keys, same model version). */
export function matchesWritten(recorded: WrittenItems, wanted: readonly ItemKey[], modelVersion: string): boolean {
  if (recorded.modelVersion !== modelVersion || !recorded.writtenKeys) return false;
  const have = new Set(recorded.writtenKeys.map(keyString));
  return have.size === wanted.length && wanted.every((key) => have.has(keyString(key)));
}

/** Keys without repeats (a transaction may touch an item once). */
export function distinctKeys(keys: readonly ItemKey[]): ItemKey[] {
  return [...new Map(keys.map((key) => [keyString(key), keyOf(key)])).values()];
}
