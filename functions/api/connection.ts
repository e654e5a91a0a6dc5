/**
 * Relay connections from store pages: `edges { cursor node }` and a complete
 * `pageInfo` (Relay Cursor Connections specification). Only forward
 * pagination (`first`/`after`) is offered, so `hasPreviousPage` is always
 * false, which the specification allows when paginating forward.
 */

/** An edge: its cursor and node, and whatever the list adds about the node (e.g. a meeting request's direction). */
export interface EdgeOf<T> {
  cursor: string;
  node: T;
}

/** What a store page holds; `endCursor` when the store resumes somewhere other than the last edge. */
export interface PageOf<T, E extends EdgeOf<T> = EdgeOf<T>> {
  edges: E[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** The `pageInfo` of schema.graphql's `PageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T, E extends EdgeOf<T> = EdgeOf<T>> {
  edges: E[];
  pageInfo: PageInfo;
}

export function connectionOf<T, E extends EdgeOf<T> = EdgeOf<T>>(page: PageOf<T, E>): Connection<T, E> {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // No `last`/`before`: the spec lets forward pagination answer false rather than pay a read to find out.
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      // A store may resume past the last edge (match listing stops at its examine limit); its cursor wins.
      endCursor: page.endCursor !== undefined ? page.endCursor : (page.edges.at(-1)?.cursor ?? null),
    },
  };
}
