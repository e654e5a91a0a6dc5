/**
 * Page sizes of every connection (Relay `first`), defined once. A `first` over
 * the maximum is BAD_USER_INPUT rather than silently clamped, so a client never
 * mistakes a short page for the end of a list.
 */
import { BadUserInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page size for a `first` argument: default when absent, 1..MAX_PAGE_SIZE otherwise. */
export function pageSizeOf(first: number | null | undefined, path = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`must be between 1 and ${MAX_PAGE_SIZE}`, path);
  }
  return first;
}
