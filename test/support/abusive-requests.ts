/**
 * The abusive requests of the security review (docs/security.md, "Findings"),
 * shared by the tests that reproduce them, the rejection benchmark
 * (bench/abuse.ts) and the abusive mix of `npm run load`.
 */

/** The review's 110-byte amplification document, `aliases` times (each alias a full copy). */
export function amplificationQuery(aliases: number): string {
  const nested = 'zoneParks { segments { parks { segments { parks { segments { parks { segments { id } } } } } } } }';
  return aliases === 1 ? `{ ${nested} }` : `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${nested}`).join(' ')} }`;
}

/** 63 KB of search text, in 16 searchSegments fields (15 aliased: the alias limit), passed once as a variable. */
export const LONG_TEXT_SEARCH = {
  query: `query($text: String!) { searchSegments(text: $text) { id } ${Array.from({ length: 15 }, (_, i) => `s${i}: searchSegments(text: $text) { id }`).join(' ')} }`,
  variables: { text: 'battery '.repeat(8000).slice(0, 63 * 1024) },
};

/** A listing filter no non-administrator can ever match: suspended organizations are shown to administrators only. */
export const UNMATCHABLE_FILTER = { query: '{ organizations(filter: { verification: SUSPENDED }, first: 1) { edges { node { id } } } }' };

/** A small, normal public query: the baseline the refusals are compared with. */
export const SMALL_QUERY = { query: '{ segment(id: "nev.battery-cells") { id name } }' };
