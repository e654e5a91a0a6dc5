/**
 * Write identity: every conditional write of a match carries a random write
 * id, so "did my write win" compares that id with the stored one. Comparing
 * content (version, updatedAt, status) cannot tell two writers apart that
 * computed the same version in the same millisecond; a random id can. It
 * matters when a write's condition fails on a retry after DynamoDB applied
 * the first attempt (a lost response): then the stored item carries our id.
 */
import { randomUUID } from 'node:crypto';
import type { Item } from './items/keys.js';

/** The attribute holding the id of the write that stored the item (not part of the domain value). */
export const WRITE_ID_ATTRIBUTE = 'writeId';

/** A fresh id for one logical write (its retries reuse it). */
export function newWriteId(): string {
  return randomUUID();
}

/** The item as written by the write `writeId`. */
export function withWriteId(item: Item, writeId: string): Item {
  return { ...item, [WRITE_ID_ATTRIBUTE]: writeId };
}

/** Whether the stored item is the one the write `writeId` put there. */
export function writtenBy(stored: Record<string, unknown> | undefined, writeId: string): boolean {
  return stored?.[WRITE_ID_ATTRIBUTE] === writeId;
}
