import { describe, expect, it } from 'vitest';
import { connectionOf } from '../../../functions/api/connection.js';

const edge = (id: string) => ({ cursor: `cursor-${id}`, node: id });

describe('connectionOf (Relay page information)', () => {
  it('gives the first and last edge cursors as startCursor and endCursor', () => {
    const { pageInfo } = connectionOf({ edges: [edge('a'), edge('b'), edge('c')], hasNextPage: true });
    expect(pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'cursor-a', endCursor: 'cursor-c' });
  });

  it('answers null cursors for an empty page', () => {
    expect(connectionOf({ edges: [], hasNextPage: false }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('keeps the resume cursor of a store that stopped past its last edge', () => {
    const { pageInfo } = connectionOf({ edges: [edge('a')], hasNextPage: true, endCursor: 'cursor-further' });
    expect(pageInfo.startCursor).toBe('cursor-a');
    expect(pageInfo.endCursor).toBe('cursor-further');
  });
});
