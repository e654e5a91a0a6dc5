/**
 * Relay connections from store pages: `edges { cursor node }` and
 * `pageInfo { hasNextPage endCursor }`.
 */
import type { Page } from '../store/versioned-repository.js';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function connectionOf<T>(page: Page<T>): Connection<T> {
  return { edges: page.edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null } };
}
