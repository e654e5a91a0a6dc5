/**
 * What organization and posting rules need to know of the industry-chain
 * model: whether a segment or park exists, and which chain a segment is on.
 * A narrow view, so validation and item builders depend on three questions
 * rather than the whole model.
 */

export interface ChainCatalog {
  hasSegment(segmentId: string): boolean;
  /** The chain a segment belongs to; undefined for an unknown segment. */
  chainIdOf(segmentId: string): string | undefined;
  hasPark(parkId: string): boolean;
}
