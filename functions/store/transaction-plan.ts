/**
 * Pure builder of the TransactWriteItems that replaces one entity's items (its
 * main item, listing items and index items) with their next versions: every
 * new item is Put, every old item whose key is gone is Deleted, and the main
 * item's Put carries the condition (not-exists on create, the read version on
 * update). All or nothing: a failed condition writes nothing.
 */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { keyOf, keyString, type Item, type ItemKey } from './items/keys.js';
import { conditionParams, type WriteCondition } from './write-conditions.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB's limit on items per transaction; builders assert far below it. */
export const TRANSACTION_ITEM_LIMIT = 100;

export interface ReplacePlan {
  tableName: string;
  main: Item;
  condition: WriteCondition;
  /** Other items the entity has after the change (listing, index). */
  after: Item[];
  /** Keys of every item the entity had before the change (empty on create). */
  before: ItemKey[];
  /** Extra writes in the same transaction (e.g. the idempotency record), placed first. */
  leading?: TransactItem[];
  /** Checks on other items in the same transaction (write-guards.ts), placed last. */
  trailing?: TransactItem[];
}

/** A conditional Put as a transaction item. */
export function conditionalPut(tableName: string, item: Item, condition: WriteCondition): TransactItem {
  return { Put: { TableName: tableName, Item: item, ...conditionParams(condition) } };
}

/** The transaction items, main item's Put right after any leading items. */
export function replaceItemsTransaction(plan: ReplacePlan): TransactItem[] {
  const { tableName, main, condition } = plan;
  const kept = new Set([main, ...plan.after].map((item) => keyString(item)));
  const stale: ItemKey[] = plan.before.map(keyOf).filter((key) => !kept.has(keyString(key)));
  const items: TransactItem[] = [
    ...(plan.leading ?? []),
    conditionalPut(tableName, main, condition),
    ...plan.after.map((item): TransactItem => ({ Put: { TableName: tableName, Item: item } })),
    ...stale.map((key): TransactItem => ({ Delete: { TableName: tableName, Key: key } })),
    ...(plan.trailing ?? []),
  ];
  if (items.length > TRANSACTION_ITEM_LIMIT) {
    throw new Error(`A transaction of ${items.length} items exceeds DynamoDB's limit; INPUT_LIMITS should prevent this`);
  }
  return items;
}
