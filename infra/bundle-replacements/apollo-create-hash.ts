/**
 * Takes the place of `@apollo/utils.createhash` in Lambda bundles (alias in
 * infra/bundling.ts). The original picks Node's crypto through
 * `module.require`, which a bundle does not have, and so falls back to the
 * pure-JavaScript sha.js (12 kB, and slower): Apollo hashes every request's
 * query with it. Node's own implementation answers the same digests.
 */
import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
